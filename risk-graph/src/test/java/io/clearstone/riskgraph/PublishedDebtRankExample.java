package io.clearstone.riskgraph;

import java.util.Map;

/**
 * The three banks of the NetworkRiskMeasures R package's README (Cinelli and Silva), its DebtRank worked example.
 * There the exposures are an assets matrix: row i, column j is i's claim on j, and the README's "x → y" means x has
 * lent to y. So its b → a 10 is a debt of a to b: {@code owes(A, B, 10)}. Capital (equity) 2, 5, 2; weights 10, 100,
 * 30, normalised to v = 1/14, 10/14, 3/14.
 */
final class PublishedDebtRankExample {

    static final Node A = Node.of(NodeKind.INSTITUTION, "a");
    static final Node B = Node.of(NodeKind.INSTITUTION, "b");
    static final Node C = Node.of(NodeKind.INSTITUTION, "c");
    static final Map<Node, Double> WEIGHTS = Map.of(A, 10.0, B, 100.0, C, 30.0);

    private PublishedDebtRankExample() {
    }

    static RiskNetwork network() {
        return new RiskNetwork()
                .owes(A, B, 10) // b → a 10
                .owes(A, C, 3)  // c → a 3
                .owes(B, A, 1)  // a → b 1
                .owes(B, C, 2)  // c → b 2
                .owes(C, B, 3)  // b → c 3
                .equity(A, 2).equity(B, 5).equity(C, 2);
    }

    /**
     * The same, with the weights given as assets instead: claims (a 1, b 13, c 5) plus external assets make 10, 100
     * and 30, so that the default values v, shares of all assets, are the README's weights.
     */
    static RiskNetwork networkValuedByAssets() {
        return network().externalAssets(A, 9).externalAssets(B, 87).externalAssets(C, 25);
    }
}
