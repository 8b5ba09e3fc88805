package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EisenbergNoeTest {

    private static final Node A = Node.of(NodeKind.INSTITUTION, "0");
    private static final Node B = Node.of(NodeKind.INSTITUTION, "1");
    private static final Node C = Node.of(NodeKind.INSTITUTION, "2");

    @Test
    void threeNodeReferenceExample() {
        // L = [[0,2,2],[1,0,2],[1,1,0]], e = (0.5, 1, 0.5) → p̄ = (4, 3, 2), p* = (2.5, 3, 2), equity (0, 0.25, 1.75)
        RiskNetwork network = cycle();
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.payments().get(A)).isCloseTo(2.5, within(1e-12));
        assertThat(result.payments().get(B)).isCloseTo(3, within(1e-12));
        assertThat(result.payments().get(C)).isCloseTo(2, within(1e-12));
        assertThat(result.defaulted()).containsExactly(A);
        assertThat(result.equity().get(A)).isCloseTo(0, within(1e-12));
        assertThat(result.equity().get(B)).isCloseTo(0.25, within(1e-12));
        assertThat(result.equity().get(C)).isCloseTo(1.75, within(1e-12));
        assertThat(result.totalObligations()).containsEntry(A, 4.0).containsEntry(B, 3.0).containsEntry(C, 2.0);
        assertThat(result.defaultWaves()).containsExactly(Set.of(A));
    }

    /**
     * The same cycle with B also owing 1 outside the network, solved by hand: p̄ = (4, 4, 2). Round 1, everyone
     * paying in full, A has 0.5 + 1 + 1 < 4 and defaults, B has exactly 1 + 2 + 1 = 4. Round 2, A paying
     * 0.5 + 1 + 1 = 2.5, B has 1 + 2.5/2 + 1 = 3.25 < 4 and defaults. Round 3 solves p_A = 1.5 + p_B/4,
     * p_B = 2 + p_A/2: p_A = 16/7, p_B = 22/7; C has 0.5 + 8/7 + 11/7 ≥ 2 and keeps 17/14; nobody else defaults.
     * B's outside creditor, ranking pari passu with A and C, gets a quarter of what B pays: 11/14.
     */
    @Test
    void externalLiabilitiesRankPariPassuWithDebtsToNodes() {
        RiskNetwork network = cycle().externalLiabilities(B, 1);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.totalObligations()).containsEntry(A, 4.0).containsEntry(B, 4.0).containsEntry(C, 2.0);
        assertThat(result.externalLiabilities()).containsEntry(A, 0.0).containsEntry(B, 1.0).containsEntry(C, 0.0);
        assertThat(result.payments().get(A)).isCloseTo(16.0 / 7, within(1e-12));
        assertThat(result.payments().get(B)).isCloseTo(22.0 / 7, within(1e-12));
        assertThat(result.payments().get(C)).isCloseTo(2, within(1e-12));
        assertThat(result.equity().get(C)).isCloseTo(17.0 / 14, within(1e-12));
        assertThat(result.defaultWaves()).containsExactly(Set.of(A), Set.of(B));
        assertThat(result.defaulted()).containsExactly(A, B);
        assertThat(result.rounds()).isEqualTo(3);
        // what leaves the network: the external assets end as the nodes' equity or with the outside creditor
        assertThat(result.equity().values().stream().mapToDouble(Double::doubleValue).sum() + 11.0 / 14)
                .isCloseTo(2, within(1e-12));
        Map<Node, Map<Node, Double>> pi = EisenbergNoe.relativeLiabilities(network);
        assertThat(pi.get(B)).containsEntry(A, 0.25).containsEntry(C, 0.5);
        assertThat(pi.get(A)).containsEntry(B, 0.5).containsEntry(C, 0.5);
    }

    /**
     * A chain that defaults one link per round: A (2 of its own) owes B 10; B (5) owes C 8 and outsiders 2; C (0.2)
     * owes outsiders 6. Round 1: only A is short (2 < 10). Round 2: A pays 2, so B has 7 < 10. Round 3: B pays 7, of
     * which C gets 8/10, so C has 0.2 + 5.6 = 5.8 < 6. Round 4 finds nobody new.
     */
    @Test
    void eachRoundOfAChainBringsTheNextDefault() {
        RiskNetwork network = new RiskNetwork().owes(A, B, 10).owes(B, C, 8).externalLiabilities(B, 2)
                .externalLiabilities(C, 6).externalAssets(A, 2).externalAssets(B, 5).externalAssets(C, 0.2);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.defaultWaves()).containsExactly(Set.of(A), Set.of(B), Set.of(C));
        assertThat(result.rounds()).isEqualTo(4);
        assertThat(result.payments().get(A)).isCloseTo(2, within(1e-12));
        assertThat(result.payments().get(B)).isCloseTo(7, within(1e-12));
        assertThat(result.payments().get(C)).isCloseTo(5.8, within(1e-12));
        assertThat(result.totalObligations()).containsEntry(A, 10.0).containsEntry(B, 10.0).containsEntry(C, 6.0);
        assertThat(result.equity().values()).allSatisfy(e -> assertThat(e).isCloseTo(0, within(1e-12)));
    }

    @Test
    void aDefaultCascadesAlongAChain() {
        // A owes B 10 with nothing; B owes C 10 with 4 of its own; C is whole
        RiskNetwork network = new RiskNetwork().owes(A, B, 10).owes(B, C, 10).externalAssets(B, 4)
                .externalAssets(C, 1);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.payments().get(A)).isZero();
        assertThat(result.payments().get(B)).isCloseTo(4, within(1e-12));
        assertThat(result.defaulted()).containsExactly(A, B);
        assertThat(result.equity().get(C)).isCloseTo(5, within(1e-12));
        assertThat(result.defaultWaves()).containsExactly(Set.of(A), Set.of(B));
    }

    @Test
    void nobodyDefaultsInOneRoundWhenAllCanPay() {
        RiskNetwork network = new RiskNetwork().owes(A, B, 1).externalAssets(A, 1).externalLiabilities(B, 0.5);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.defaulted()).isEmpty();
        assertThat(result.defaultWaves()).isEmpty();
        assertThat(result.rounds()).isEqualTo(1);
        assertThat(result.payments()).containsEntry(A, 1.0).containsEntry(B, 0.5);
        assertThat(result.equity().get(B)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void externalLiabilitiesAreNonNegativeAndFinite() {
        assertThatThrownBy(() -> new RiskNetwork().externalLiabilities(A, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RiskNetwork().externalLiabilities(A, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Property, over random networks with external liabilities: the answer is a clearing vector,
     * p = min(p̄, e + Πᵀp) to 1e-12 of each node's obligations; its waves are disjoint, make up the defaulters, and the
     * first one is exactly who cannot pay when everyone else pays in full; value is conserved (Σ e = Σ equity + what
     * the outside creditors get); and it is the greatest clearing vector (Picard iteration from p̄ decreases to it).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void theAnswerIsTheGreatestClearingVector(long seed) {
        Random random = new Random(seed);
        RiskNetwork network = randomNetwork(random, 40, 160);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        CreditMatrix m = new CreditMatrix(network);
        int n = m.size();
        double[] obligations = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            obligations[i] = result.totalObligations().get(m.nodes.get(i));
            assertThat(obligations[i]).isEqualTo(m.totalLiabilities[i]
                    + network.externalLiabilitiesOf(m.nodes.get(i)));
            p[i] = result.payments().get(m.nodes.get(i));
        }
        double outside = 0;
        double external = 0;
        for (int i = 0; i < n; i++) {
            Node node = m.nodes.get(i);
            double available = network.externalAssetsOf(node) + EisenbergNoe.received(m, obligations, p, i);
            assertThat(p[i]).as("p = min(p̄, e + Πᵀp) at %s", node)
                    .isCloseTo(Math.min(obligations[i], available), within(1e-12 * Math.max(1, obligations[i])));
            assertThat(result.defaulted().contains(node)).isEqualTo(p[i] < obligations[i] * (1 - 1e-9));
            if (obligations[i] > 0) {
                outside += network.externalLiabilitiesOf(node) / obligations[i] * p[i];
            }
            external += network.externalAssetsOf(node);
        }
        double equity = result.equity().values().stream().mapToDouble(Double::doubleValue).sum();
        assertThat(equity + outside).isCloseTo(external, within(1e-9 * external));

        Set<Node> seen = new HashSet<>();
        result.defaultWaves().forEach(wave -> wave.forEach(node -> assertThat(seen.add(node)).isTrue()));
        assertThat(seen).isEqualTo(result.defaulted());
        Set<Node> firstWave = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (network.externalAssetsOf(m.nodes.get(i)) + EisenbergNoe.received(m, obligations, obligations, i)
                    < obligations[i]) {
                firstWave.add(m.nodes.get(i));
            }
        }
        assertThat(result.defaultWaves().isEmpty() ? Set.of() : result.defaultWaves().get(0)).isEqualTo(firstWave);

        double[] q = obligations.clone();
        for (int iteration = 0; iteration < 20_000; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = Math.min(obligations[i], network.externalAssetsOf(m.nodes.get(i))
                        + EisenbergNoe.received(m, obligations, q, i));
            }
            q = next;
        }
        for (int i = 0; i < n; i++) {
            assertThat(p[i]).isCloseTo(q[i], within(1e-7));
        }
    }

    /**
     * Property (Eisenberg and Noe's Lemma 5): more external assets for any one node never lower anybody's payment or
     * equity.
     */
    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    void paymentsAndEquityAreMonotoneInExternalAssets(long seed) {
        Random random = new Random(seed);
        RiskNetwork network = randomNetwork(random, 30, 120);
        EisenbergNoe.ClearingResult before = EisenbergNoe.clear(network);
        List<Node> nodes = new ArrayList<>(network.graph().vertexSet());
        Node richer = nodes.get(random.nextInt(nodes.size()));
        network.externalAssets(richer, network.externalAssetsOf(richer) + random.nextDouble() * 10);
        EisenbergNoe.ClearingResult after = EisenbergNoe.clear(network);
        for (Node node : nodes) {
            double scale = Math.max(1, before.totalObligations().get(node));
            assertThat(after.payments().get(node)).as("payment of %s", node)
                    .isGreaterThanOrEqualTo(before.payments().get(node) - 1e-12 * scale);
            assertThat(after.equity().get(node)).as("equity of %s", node)
                    .isGreaterThanOrEqualTo(before.equity().get(node) - 1e-12 * scale);
        }
        assertThat(after.defaulted()).isSubsetOf(before.defaulted());
    }

    private static RiskNetwork cycle() {
        return new RiskNetwork().owes(A, B, 2).owes(A, C, 2).owes(B, A, 1).owes(B, C, 2)
                .owes(C, A, 1).owes(C, B, 1).externalAssets(A, 0.5).externalAssets(B, 1).externalAssets(C, 0.5);
    }

    private static RiskNetwork randomNetwork(Random random, int n, int edges) {
        List<Node> nodes = new ArrayList<>();
        RiskNetwork network = new RiskNetwork();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.of(NodeKind.INSTITUTION, "n" + i));
            network.externalAssets(nodes.get(i), random.nextDouble() * 5);
            if (random.nextBoolean()) {
                network.externalLiabilities(nodes.get(i), random.nextDouble() * 4);
            }
        }
        for (int k = 0; k < edges; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i != j) {
                network.owes(nodes.get(i), nodes.get(j), random.nextDouble() * 10);
            }
        }
        return network;
    }
}
