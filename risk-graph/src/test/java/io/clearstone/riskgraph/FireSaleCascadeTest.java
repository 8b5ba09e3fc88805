package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A hand-checked network: A holds 500 of asset X (equity 100) and owes C 200; B holds 400 of X (equity 150); C's
 * equity is 50; X's market depth is 1,000; a claim on a failed node loses 60%.
 */
class FireSaleCascadeTest {

    private static final Node X = Node.of(NodeKind.ASSET, "X");
    private static final Node A = Node.of(NodeKind.PROTOCOL, "A");
    private static final Node B = Node.of(NodeKind.INSTITUTION, "B");
    private static final Node C = Node.of(NodeKind.INSTITUTION, "C");

    private static FireSaleCascade cascade() {
        RiskNetwork network = new RiskNetwork()
                .expose(A, X, Exposure.of(ExposureKind.COLLATERAL, 500)).equity(A, 100)
                .expose(B, X, Exposure.of(ExposureKind.COLLATERAL, 400)).equity(B, 150)
                .owes(A, C, 200).equity(C, 50);
        return new FireSaleCascade(network, Map.of(X, 1000.0), 0.6);
    }

    @Test
    void aSmallShockIsAbsorbed() {
        FireSaleCascade.Result result = cascade().run(X, 0.10);
        assertThat(result.failed()).isEmpty();
        assertThat(result.rounds()).hasSize(1);
        assertThat(result.totalLoss()).isCloseTo(50 + 40, within(1e-9));
    }

    @Test
    void aLargerShockFailsTheHolderWhoseFireSaleFailsTheOthers() {
        // 25%: A loses 125 ≥ 100 and sells 375, X falls to 0.75 − 0.375; B then loses 250 ≥ 150 and C 120 ≥ 50
        FireSaleCascade.Result result = cascade().run(X, 0.25);
        assertThat(result.rounds().get(0).failed()).containsExactly(A);
        assertThat(result.rounds().get(1).failed()).containsExactly(B, C);
        assertThat(result.rounds().get(1).prices().get(X)).isCloseTo(0.375, within(1e-12));
        assertThat(result.rounds()).hasSize(3);
        assertThat(result.finalPrices().get(X)).isCloseTo(0.75 - 0.525, within(1e-12));
        assertThat(result.totalLoss()).isCloseTo(300, within(1e-9));
    }

    @Test
    void theThresholdIsTheSmallestDamagingShock() {
        // losses over half the equity (150) come at 900 s > 150, s = 1/6, before anyone fails
        assertThat(new SystemicThresholds(cascade(), 0.5, 1, 1e-4).of(X).shock()).isCloseTo(1.0 / 6, within(1e-4));
        // with a 90% loss bar, only the failures count: A fails at 20%, and the others with it
        assertThat(new SystemicThresholds(cascade(), 0.9, 1, 1e-4).of(X).shock()).isCloseTo(0.2, within(1e-4));
    }

    @Test
    void thresholdsFallAsMarketsThin() {
        // deeper markets absorb fire sales: the failure threshold can only rise with depth
        double previous = 0;
        for (double depth : new double[] {200, 500, 1000, 5000, 100_000}) {
            RiskNetwork network = new RiskNetwork()
                    .expose(A, X, Exposure.of(ExposureKind.COLLATERAL, 500)).equity(A, 100)
                    .expose(B, X, Exposure.of(ExposureKind.COLLATERAL, 400)).equity(B, 150)
                    .owes(A, C, 200).equity(C, 50);
            Double shock = new SystemicThresholds(new FireSaleCascade(network, Map.of(X, depth), 0.6), 1.0, 1, 1e-4)
                    .of(X).shock();
            assertThat(shock).isNotNull().isGreaterThanOrEqualTo(previous - 1e-4);
            previous = shock;
        }
    }

    @Test
    void aNodeAbsorbsUpToItsEquityAndOnlyContagiousOnesDragOthersDown() {
        RiskNetwork network = new RiskNetwork()
                .expose(A, X, Exposure.of(ExposureKind.COLLATERAL, 500)).equity(A, 100)
                .expose(B, X, Exposure.of(ExposureKind.COLLATERAL, 400)).equity(B, 150)
                .owes(A, C, 200).equity(C, 50);
        FireSaleCascade cascade = new FireSaleCascade(network, Map.of(X, 1000.0), 0.6);
        java.util.List<NodeResilience.Buffer> buffers = NodeResilience.of(network, cascade, done -> {
        });
        // A failing sells 500 (X to 0.5: B loses 200 ≥ 150) and costs C 120 ≥ 50: it drags both
        NodeResilience.Buffer a = buffers.stream().filter(x -> x.node().equals(A)).findFirst().orElseThrow();
        assertThat(a.dragged()).isEqualTo(2);
        assertThat(a.absorbableLoss()).isEqualTo(100.0);
        // B failing sells 400 (X to 0.6): A loses 200 and fails, and A's failure costs C its claim
        NodeResilience.Buffer b = buffers.stream().filter(x -> x.node().equals(B)).findFirst().orElseThrow();
        assertThat(b.dragged()).isEqualTo(2);
        assertThat(buffers.subList(0, 2)).extracting(NodeResilience.Buffer::node).containsExactlyInAnyOrder(A, B);
        // C owes nobody and holds nothing: its failure is its own
        NodeResilience.Buffer c = buffers.stream().filter(x -> x.node().equals(C)).findFirst().orElseThrow();
        assertThat(c.dragged()).isZero();
        assertThat(c.absorbableLoss()).isNull();
    }

    @Test
    void circularExposureAndConcentration() {
        Node btc = Node.of(NodeKind.ASSET, "BTC");
        Node eth = Node.of(NodeKind.ASSET, "ETH");
        RiskNetwork network = new RiskNetwork().owes(A, B, 1).owes(B, C, 1).owes(C, A, 1)
                .expose(A, btc, Exposure.of(ExposureKind.COLLATERAL, 75))
                .expose(B, eth, Exposure.of(ExposureKind.COLLATERAL, 25));
        assertThat(Structure.circularExposures(network)).hasSize(1).first()
                .satisfies(cycle -> assertThat(cycle).containsExactlyInAnyOrder(A, B, C));
        Structure.Concentration concentration = Structure.concentration(network, Map.of(btc, 0.5));
        assertThat(concentration.herfindahl()).isCloseTo(0.75 * 0.75 + 0.25 * 0.25, within(1e-12));
        assertThat(concentration.shares().get(0).asset()).isEqualTo(btc);
        assertThat(concentration.shares().get(0).deviationFromTarget()).isCloseTo(0.25, within(1e-12));
    }
}
