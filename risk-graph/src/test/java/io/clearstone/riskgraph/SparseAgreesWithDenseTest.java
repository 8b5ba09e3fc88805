package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The sparse algorithms and the benchmark's dense baselines, written independently, agree on a random network: they
 * check each other, and the benchmark compares like with like.
 */
class SparseAgreesWithDenseTest {

    @Test
    void debtRanksEisenbergNoeAndThresholdsAgree() {
        Random random = new Random(11);
        RiskNetwork network = new RiskNetwork();
        List<Node> nodes = new ArrayList<>();
        List<Node> assets = List.of(Node.of(NodeKind.ASSET, "a0"), Node.of(NodeKind.ASSET, "a1"));
        for (int i = 0; i < 200; i++) {
            nodes.add(Node.of(NodeKind.INSTITUTION, "n" + i));
        }
        Map<Node, Double> claims = new HashMap<>();
        for (int k = 0; k < 2_000; k++) {
            Node debtor = nodes.get(random.nextInt(200));
            Node creditor = nodes.get(random.nextInt(200));
            if (!debtor.equals(creditor)) {
                double amount = Math.exp(random.nextGaussian()) * 100;
                network.owes(debtor, creditor, amount);
                claims.merge(creditor, amount, Double::sum);
            }
        }
        for (Node node : nodes) {
            double held = Math.exp(random.nextGaussian()) * 500;
            network.expose(node, assets.get(random.nextInt(2)), Exposure.of(ExposureKind.COLLATERAL, held));
            network.externalAssets(node, held * random.nextDouble());
            network.equity(node, 0.1 * (held + claims.getOrDefault(node, 0.0)));
        }
        Map<Node, Double> depth = Map.of(assets.get(0), 30_000.0, assets.get(1), 50_000.0);
        RiskGraphBenchmark.Dense dense = new RiskGraphBenchmark.Dense(network, depth, 0.6);

        List<Node> shocked = List.of(nodes.get(3), nodes.get(77), nodes.get(150));
        assertThat(new DebtRank(network).of(shocked).debtRank()).isCloseTo(dense.debtRank(shocked), within(1e-12));
        assertThat(new DifferentialDebtRank(network).of(shocked).debtRank())
                .isCloseTo(dense.differentialDebtRank(shocked, DifferentialDebtRank.DEFAULT_TOLERANCE,
                        DifferentialDebtRank.DEFAULT_MAX_ROUNDS), within(1e-12));

        double sparsePaid = EisenbergNoe.clear(network).payments().values().stream().mapToDouble(Double::doubleValue)
                .sum();
        assertThat(sparsePaid).isCloseTo(dense.eisenbergNoe(), within(1e-6 * sparsePaid));

        double sparseThresholds = new SystemicThresholds(new FireSaleCascade(network, depth, 0.6), 0.1, 10, 1e-3)
                .of(assets).stream().mapToDouble(t -> t.shock() == null ? 1 : t.shock()).sum();
        assertThat(sparseThresholds).isCloseTo(dense.thresholds(assets, 0.1, 10, 1e-3), within(1e-9));
    }
}
