package io.clearstone.riskgraph;

import static io.clearstone.riskgraph.PublishedDebtRankExample.A;
import static io.clearstone.riskgraph.PublishedDebtRankExample.B;
import static io.clearstone.riskgraph.PublishedDebtRankExample.C;
import static io.clearstone.riskgraph.PublishedDebtRankExample.WEIGHTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Classic DebtRank on the NetworkRiskMeasures README's three banks, against the figures it prints (and, to 1e-12,
 * their exact fractions, derived by hand in the comments). W = min(1, claim / capital): W_ab = 1/2 (a's claim of 1
 * on b over its capital 2), W_ba = 1 (10/5 capped), W_bc = 3/5, W_ca = 1 (3/2 capped), W_cb = 1 (2/2); W_ij is what a
 * fully distressed j costs i.
 */
class DebtRankPublishedExampleTest {

    private final DebtRank debtRank = new DebtRank(PublishedDebtRankExample.network(), WEIGHTS);

    @Test
    void theDefaultOfCAddsStressOf0_6642857() {
        // round 2: c (1) costs b 3/5; round 3: b (0.6) costs a 0.3 and c nothing more (it is at 1); round 4: a (0.3)
        // costs b, inactive since round 3, another 0.3: h = (0.3, 0.9, 1), R = (0.3·10 + 0.9·100) / 140 = 93/140.
        // Skipping inactive nodes would stop b at 0.6 and give 63/140 = 0.45.
        DistressResult result = debtRank.of(List.of(C));
        assertThat(result.debtRank()).isCloseTo(0.6642857, within(1e-7)).isCloseTo(93.0 / 140, within(1e-12));
        assertThat(result.distressOf(A)).isCloseTo(0.3, within(1e-12));
        assertThat(result.distressOf(B)).isCloseTo(0.9, within(1e-12));
        assertThat(result.distressOf(C)).isEqualTo(1);
        assertThat(result.additionalDefaults()).as("the README: no additional defaults").isZero();
        assertThat(List.of(A, B, C)).allSatisfy(n -> assertThat(result.stateOf(n)).isEqualTo(DistressState.INACTIVE));
        assertThat(result.rounds()).as("the shock, then c, b and a passing on").isEqualTo(4);
    }

    @Test
    void theRestOfTheReadmeRanking() {
        // a: b and c at 1 at once, then a itself from b: R = 130/140 = 0.9285714, 2 additional defaults.
        // b: a at 1/2, c at 1, then b again from both: R = (0.5·10 + 30) / 140 = 0.25, 1 additional default.
        assertThat(debtRank.of(List.of(A)).debtRank()).isCloseTo(130.0 / 140, within(1e-12));
        assertThat(debtRank.of(List.of(A)).additionalDefaults()).isEqualTo(2);
        assertThat(debtRank.of(List.of(B)).debtRank()).isCloseTo(0.25, within(1e-12));
        assertThat(debtRank.of(List.of(B)).additionalDefaults()).isEqualTo(1);
        assertThat(debtRank.ranking()).extracting(DebtRank.Ranked::node).containsExactly(A, C, B);
    }

    @Test
    void aTenPercentShockToAllEndsAt0_15_0_26_0_30() {
        // all start in D at 0.1 and pass 0.1 once: a + ½·0.1, b + 0.1 + ⅗·0.1, c + 0.1 + 0.1; then all are inactive
        DistressResult result = debtRank.of(Map.of(A, 0.1, B, 0.1, C, 0.1));
        assertThat(result.distressOf(A)).isCloseTo(0.15, within(1e-12));
        assertThat(result.distressOf(B)).isCloseTo(0.26, within(1e-12));
        assertThat(result.distressOf(C)).isCloseTo(0.30, within(1e-12));
        assertThat(result.initialDistressOf(B)).isEqualTo(0.1);
        // "Shock causes additional stress of 16.07%": (0.05·10 + 0.16·100 + 0.2·30) / 140
        assertThat(result.debtRank()).isCloseTo(22.5 / 140, within(1e-12));
        assertThat(result.initialLoss()).isCloseTo(0.1, within(1e-12));
        assertThat(result.distressed()).extracting(DistressResult.NodeDistress::node).containsExactly(C, B, A);
    }

    @Test
    void theSameFiguresWithTheWeightsAsAssets() {
        DebtRank byAssets = new DebtRank(PublishedDebtRankExample.networkValuedByAssets());
        assertThat(byAssets.of(List.of(C)).debtRank()).isCloseTo(93.0 / 140, within(1e-12));
        assertThat(byAssets.of(Map.of(A, 0.1, B, 0.1, C, 0.1)).debtRank()).isCloseTo(22.5 / 140, within(1e-12));
    }

    @Test
    void aDistressVectorShocksEachNodeByItsOwnPsi() {
        // ψ = (0, 0, 0.5): the default of c at half strength. Round 2: b + ⅗·½ = 0.3; round 3: a + ½·0.3 = 0.15,
        // c + 0.3 = 0.8; round 4: b + 0.15 = 0.45, c + 0.15 = 0.95. R = (0.15·10 + 0.45·100 + 0.45·30) / 140
        DistressResult result = debtRank.of(Map.of(C, 0.5));
        assertThat(result.distressOf(A)).isCloseTo(0.15, within(1e-12));
        assertThat(result.distressOf(B)).isCloseTo(0.45, within(1e-12));
        assertThat(result.distressOf(C)).isCloseTo(0.95, within(1e-12));
        assertThat(result.debtRank()).isCloseTo(60.0 / 140, within(1e-12));
        assertThat(debtRank.of(List.of(C), 0.5).debtRank()).isCloseTo(result.debtRank(), within(1e-15));
    }
}
