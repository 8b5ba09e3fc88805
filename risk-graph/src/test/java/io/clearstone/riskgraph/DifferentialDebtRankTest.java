package io.clearstone.riskgraph;

import static io.clearstone.riskgraph.PublishedDebtRankExample.A;
import static io.clearstone.riskgraph.PublishedDebtRankExample.B;
import static io.clearstone.riskgraph.PublishedDebtRankExample.C;
import static io.clearstone.riskgraph.PublishedDebtRankExample.WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Differential DebtRank, values derived by hand from h(t+1) = min(1, h(t) + Λᵀ(h(t) − h(t−1))). On the README's three
 * banks Λ is W uncapped: Λ_ab = 1/2, Λ_ba = 2, Λ_bc = 3/5, Λ_ca = 3/2, Λ_cb = 1 (what a unit of j's distress costs i).
 */
class DifferentialDebtRankTest {

    private final DifferentialDebtRank differential = new DifferentialDebtRank(PublishedDebtRankExample.network(),
            WEIGHTS);

    @Test
    void theDefaultOfCOnTheReadmeBanks() {
        // h(1) = (0, 0, 1); h(2) = (0, 0.6, 1); h(3) = (0.3, 0.6, 1); h(4) = (0.3, 1, 1) (b: 0.6 + 2·0.3, capped);
        // h(5) = (0.5, 1, 1) (a: 0.3 + ½·0.4); h(6) = h(5). R = (0.5·10 + 100) / 140 = 0.75
        DistressResult result = differential.of(List.of(C));
        assertThat(result.distressOf(A)).isCloseTo(0.5, within(1e-12));
        assertThat(result.distressOf(B)).isEqualTo(1);
        assertThat(result.distressOf(C)).isEqualTo(1);
        assertThat(result.debtRank()).isCloseTo(0.75, within(1e-12));
        assertThat(result.rounds()).isEqualTo(6);
        assertThat(result.converged()).isTrue();
        assertThat(result.additionalDefaults()).isEqualTo(1);
        assertThat(result.stateOf(A)).as("no inactive state").isEqualTo(DistressState.DISTRESSED);
    }

    @Test
    void aTenPercentShockToAllOnTheReadmeBanks() {
        // h(2) = (0.15, 0.36, 0.35); h(3) = (0.28, 0.61, 0.685); h(4) = (0.405, 1, 1); h(5) = (0.6, 1, 1) = h(6).
        // R = (0.5·10 + 0.9·100 + 0.9·30) / 140 = 122/140, beyond classic DebtRank's 22.5/140
        DistressResult result = differential.of(Map.of(A, 0.1, B, 0.1, C, 0.1));
        assertThat(result.distressOf(A)).isCloseTo(0.6, within(1e-12));
        assertThat(result.distressOf(B)).isEqualTo(1);
        assertThat(result.distressOf(C)).isEqualTo(1);
        assertThat(result.debtRank()).isCloseTo(122.0 / 140, within(1e-12));
    }

    @Test
    void theRoundLimitStopsItUnconverged() {
        DistressResult result = differential.stoppingAt(0, 3).of(List.of(C));
        assertThat(result.converged()).isFalse();
        assertThat(result.rounds()).isEqualTo(3);
        assertThat(result.distressOf(A)).as("h(3)").isCloseTo(0.3, within(1e-12));
        assertThat(result.distressOf(B)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void leverageIsUncappedWhereClassicDebtRankCapsIt() {
        // the lender's claim is three times its equity: W = 1, Λ = 3; a fifth of the borrower's distress costs the
        // lender a fifth of its equity in classic DebtRank and three fifths here
        Node lender = Node.of(NodeKind.INSTITUTION, "lender");
        Node borrower = Node.of(NodeKind.PROTOCOL, "borrower");
        RiskNetwork network = new RiskNetwork().owes(borrower, lender, 300).equity(lender, 100).equity(borrower, 50);
        assertThat(new DebtRank(network).of(Map.of(borrower, 0.2)).distressOf(lender)).isCloseTo(0.2, within(1e-12));
        assertThat(new DifferentialDebtRank(network).of(Map.of(borrower, 0.2)).distressOf(lender))
                .isCloseTo(0.6, within(1e-12));
    }

    @Test
    void onAChainBelowTheCapBothVariantsAgree() {
        // no cycle and no leverage above 1: every node is reached once, and passes on all it ever gets
        Node first = Node.of(NodeKind.INSTITUTION, "first");
        Node second = Node.of(NodeKind.INSTITUTION, "second");
        Node third = Node.of(NodeKind.INSTITUTION, "third");
        RiskNetwork network = new RiskNetwork().owes(first, second, 40).owes(second, third, 30)
                .equity(first, 10).equity(second, 50).equity(third, 60).externalAssets(first, 100);
        DistressResult classic = new DebtRank(network).of(List.of(first), 0.5);
        DistressResult differentialResult = new DifferentialDebtRank(network).of(List.of(first), 0.5);
        assertThat(differentialResult.distressOf(second)).isCloseTo(0.4, within(1e-12));
        assertThat(differentialResult.distressOf(third)).isCloseTo(0.2, within(1e-12));
        assertThat(differentialResult.debtRank()).isCloseTo(classic.debtRank(), within(1e-12));
    }

    @Test
    void aNodeWithoutEquityDefaultsOnTheFirstLoss() {
        Node lender = Node.of(NodeKind.INSTITUTION, "lender");
        Node borrower = Node.of(NodeKind.PROTOCOL, "borrower");
        RiskNetwork network = new RiskNetwork().owes(borrower, lender, 1).equity(lender, 0).equity(borrower, 50);
        assertThat(new DifferentialDebtRank(network).of(Map.of(borrower, 0.01)).distressOf(lender)).isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotADistress() {
        assertThatThrownBy(() -> differential.of(Map.of(A, 1.5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> differential.of(Map.of(A, Double.NaN))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> differential.of(List.of(A), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> differential.of(List.of(Node.of(NodeKind.VENUE, "elsewhere"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the network");
        assertThatThrownBy(() -> new DebtRank(PublishedDebtRankExample.network(), Map.of(A, -1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> differential.stoppingAt(-1, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
