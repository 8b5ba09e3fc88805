package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class DebtRankTest {

    private static final Node LENDER = Node.of(NodeKind.INSTITUTION, "lender");
    private static final Node BORROWER = Node.of(NodeKind.PROTOCOL, "borrower");
    private static final Node THIRD = Node.of(NodeKind.INSTITUTION, "third");

    @Test
    void aLenderLosesItsClaimOverItsEquity() {
        // the borrower owes the lender 50; the lender's equity is 100: W = 0.5. Values by assets: the lender holds
        // 50 of claims + 100 external, the borrower 50 external: v = (0.75, 0.25)
        RiskNetwork network = new RiskNetwork().owes(BORROWER, LENDER, 50).equity(LENDER, 100).equity(BORROWER, 20)
                .externalAssets(LENDER, 100).externalAssets(BORROWER, 50);
        DistressResult result = new DebtRank(network).of(List.of(BORROWER));
        assertThat(result.debtRank()).isCloseTo(0.5 * 0.75, within(1e-12));
        assertThat(result.totalLoss()).isCloseTo(0.5 * 0.75 + 0.25, within(1e-12));
        assertThat(new DebtRank(network).of(List.of(LENDER)).debtRank()).as("nobody is exposed to the lender")
                .isZero();
    }

    @Test
    void distressPassesOnOnceAndSaturatesAtOne() {
        // third ← lender ← borrower: W(lender, borrower) = 1 (claim 300 > equity 100), W(third, lender) = 0.4
        RiskNetwork network = new RiskNetwork().owes(BORROWER, LENDER, 300).owes(LENDER, THIRD, 40)
                .equity(LENDER, 100).equity(THIRD, 100).equity(BORROWER, 10)
                .externalAssets(THIRD, 60).externalAssets(BORROWER, 100);
        DistressResult result = new DebtRank(network).of(List.of(BORROWER));
        // assets: lender 300, third 40 + 60 = 100, borrower 100 → v = (0.6, 0.2, 0.2); h = lender 1, third 0.4
        assertThat(result.debtRank()).isCloseTo(0.6 + 0.4 * 0.2, within(1e-12));
        assertThat(result.rounds()).isEqualTo(4);
    }

    @RepeatedTest(10)
    void debtRankAndTotalLossStayWithinZeroAndOne() {
        Random random = new Random();
        List<Node> nodes = new ArrayList<>();
        RiskNetwork network = new RiskNetwork();
        for (int i = 0; i < 50; i++) {
            nodes.add(Node.of(NodeKind.INSTITUTION, "n" + i));
            network.equity(nodes.get(i), 1 + random.nextDouble() * 20).externalAssets(nodes.get(i),
                    random.nextDouble() * 50);
        }
        for (int k = 0; k < 300; k++) {
            int i = random.nextInt(50);
            int j = random.nextInt(50);
            if (i != j) {
                network.owes(nodes.get(i), nodes.get(j), random.nextDouble() * 10);
            }
        }
        // (not monotone in the shocked set: a node shocked at the start passes on its distress once, at once,
        // and may so miss losses it would have taken and passed on later)
        DebtRank debtRank = new DebtRank(network);
        DistressResult two = debtRank.of(List.of(nodes.get(0), nodes.get(1)), 0.7);
        assertThat(two.debtRank()).isBetween(0.0, 1.0);
        assertThat(two.totalLoss()).isBetween(two.debtRank(), 1.0);
        debtRank.ranking().forEach(r -> assertThat(r.debtRank()).isBetween(0.0, 1.0));
    }
}
