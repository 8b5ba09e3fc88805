package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties of both variants on many random networks (seeded: a failure names its case). Why they hold:
 * <ul>
 * <li>h stays in [0, 1]: it starts at ψ ∈ [0, 1], only grows, and is capped at 1.</li>
 * <li>Classic DebtRank is monotone in the shock for a fixed set of shocked nodes: which node is in which state in
 * which round depends only on that set (a node enters D when any loss reaches it), and each round's update is
 * increasing in every h. (It is not monotone in the set: a node shocked at the start passes its distress on at once
 * and may so miss losses it would have passed on later.)</li>
 * <li>Differential DebtRank is monotone in the shock, the set included: its h(t) is the iteration
 * h ← min(1, ψ + Λh) from ψ (induction on t), increasing in ψ and in h.</li>
 * <li>Differential DebtRank ends at least as distressed as classic, node by node: its limit h* is a fixed point
 * h* = min(1, ψ + Λh*) ≥ ψ, and classic DebtRank's h(T) = min(1, ψ + Σ W p) with W ≤ Λ and each node's passed
 * distress p its own h at some round, ≤ h* by induction on the rounds.</li>
 * </ul>
 */
class DebtRankPropertiesTest {

    private static final int CASES = 200;
    /** differential DebtRank stops within its tolerance of the limit from below, not at it */
    private static final double SLACK = 1e-9;

    @Test
    void distressStaysWithinZeroAndOne() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = Case.random(seed);
            Map<Node, Double> psi = c.randomShock(new Random(seed));
            for (DistressResult result : List.of(c.debtRank.of(psi), c.differential.of(psi))) {
                for (Node node : c.nodes) {
                    assertThat(result.distressOf(node)).as("seed %d, %s", seed, node).isBetween(0.0, 1.0)
                            .isGreaterThanOrEqualTo(psi.getOrDefault(node, 0.0));
                }
                assertThat(result.debtRank()).as("seed %d", seed).isBetween(0.0, 1.0);
                assertThat(result.totalLoss()).as("seed %d", seed).isBetween(result.debtRank(), 1.0 + 1e-12);
            }
        }
    }

    @Test
    void classicDebtRankIsMonotoneInTheShockOfAFixedSet() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = Case.random(seed);
            Random random = new Random(seed);
            Map<Node, Double> weaker = c.randomShock(random);
            Map<Node, Double> stronger = new HashMap<>();
            weaker.forEach((node, h) -> stronger.put(node, h + random.nextDouble() * (1 - h)));
            DistressResult low = c.debtRank.of(weaker);
            DistressResult high = c.debtRank.of(stronger);
            for (Node node : c.nodes) {
                assertThat(high.distressOf(node)).as("seed %d, %s", seed, node)
                        .isGreaterThanOrEqualTo(low.distressOf(node) - 1e-12);
            }
            assertThat(high.totalLoss()).as("seed %d", seed).isGreaterThanOrEqualTo(low.totalLoss() - 1e-12);
        }
    }

    @Test
    void differentialDebtRankIsMonotoneInTheShock() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = Case.random(seed);
            Random random = new Random(seed);
            Map<Node, Double> weaker = c.randomShock(random);
            Map<Node, Double> stronger = new HashMap<>(weaker);
            // larger shocks, and more shocked nodes
            weaker.forEach((node, h) -> stronger.put(node, h + random.nextDouble() * (1 - h)));
            stronger.put(c.nodes.get(random.nextInt(c.nodes.size())), 1.0);
            DistressResult low = c.differential.of(weaker);
            DistressResult high = c.differential.of(stronger);
            assertThat(low.converged() && high.converged()).as("seed %d", seed).isTrue();
            for (Node node : c.nodes) {
                assertThat(high.distressOf(node)).as("seed %d, %s", seed, node)
                        .isGreaterThanOrEqualTo(low.distressOf(node) - SLACK);
            }
        }
    }

    @Test
    void differentialDebtRankBoundsClassicDebtRankFromAbove() {
        int strictlyAbove = 0;
        for (int seed = 0; seed < CASES; seed++) {
            Case c = Case.random(seed);
            Map<Node, Double> psi = c.randomShock(new Random(seed));
            DistressResult classic = c.debtRank.of(psi);
            DistressResult differential = c.differential.of(psi);
            for (Node node : c.nodes) {
                assertThat(differential.distressOf(node)).as("seed %d, %s", seed, node)
                        .isGreaterThanOrEqualTo(classic.distressOf(node) - SLACK);
            }
            assertThat(differential.debtRank()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(classic.debtRank() - SLACK);
            if (differential.debtRank() > classic.debtRank() + 1e-6) {
                strictlyAbove++;
            }
        }
        assertThat(strictlyAbove).as("the bound is not equality in disguise").isGreaterThan(CASES / 4);
    }

    @Test
    void nothingIsAddedWhenEveryNodeStartsDefaulted() {
        Case c = Case.random(7);
        assertThat(c.debtRank.of(c.nodes).debtRank()).isZero();
        assertThat(c.differential.of(c.nodes).debtRank()).isZero();
        assertThat(c.debtRank.of(c.nodes).totalLoss()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    /** A random network of 5–40 nodes, some with leverage above 1, some cycles, some without equity. */
    private record Case(List<Node> nodes, DebtRank debtRank, DifferentialDebtRank differential) {

        static Case random(long seed) {
            Random random = new Random(seed);
            int n = 5 + random.nextInt(36);
            List<Node> nodes = new ArrayList<>();
            RiskNetwork network = new RiskNetwork();
            for (int i = 0; i < n; i++) {
                Node node = Node.of(i % 3 == 0 ? NodeKind.PROTOCOL : NodeKind.INSTITUTION, "n" + i);
                nodes.add(node);
                network.add(node).externalAssets(node, random.nextDouble() * 100)
                        .equity(node, random.nextInt(20) == 0 ? 0 : 1 + random.nextDouble() * 40);
            }
            int edges = random.nextInt(4 * n);
            for (int k = 0; k < edges; k++) {
                int i = random.nextInt(n);
                int j = random.nextInt(n);
                if (i != j) {
                    network.owes(nodes.get(i), nodes.get(j), Math.exp(random.nextGaussian()) * 5);
                }
            }
            return new Case(nodes, new DebtRank(network), new DifferentialDebtRank(network));
        }

        /** ψ on 1–3 nodes, in (0, 1]. */
        Map<Node, Double> randomShock(Random random) {
            Map<Node, Double> psi = new HashMap<>();
            int shocked = 1 + random.nextInt(3);
            for (int k = 0; k < shocked; k++) {
                psi.put(nodes.get(random.nextInt(nodes.size())), 1e-3 + random.nextDouble() * (1 - 1e-3));
            }
            return psi;
        }
    }
}
