package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * DebtRank (Battiston, Puliga, Kaushik, Tasca, Caldarelli 2012, "DebtRank: too central to fail?"): the share of the
 * system's economic value lost when a set of nodes is distressed. If j owes i (i's claim on j), W_ji = min(1, that
 * claim / i's equity): a fully distressed j costs i that fraction of its equity. Each node is undistressed (U),
 * distressed (D) or inactive (I); the shocked nodes start in D with h(1) = ψ. In each round every node's distress,
 * inactive ones' included, takes the losses from the nodes distressed in the previous round,
 * hᵢ(t) = min(1, hᵢ(t−1) + Σ_{j∈D(t−1)} W_ji hⱼ(t−1)); then D → I and U → D wherever h > 0; the run stops when no node
 * is distressed. So each node passes its distress on once, as it stood when it became distressed, and may still take
 * losses afterwards that it does not pass on. R = Σ vⱼ hⱼ(T) − Σ vⱼ hⱼ(1), with v each node's relative economic value
 * (by default its share of all claims and external assets).
 * The inner loops run over compressed sparse rows: one run costs the edges out of the nodes it reaches.
 *
 * @see DifferentialDebtRank the variant that passes every increment of distress on, uncapped
 */
public final class DebtRank {

    /** A node that took its first loss this round: it enters D at the round's end. */
    private static final byte BECOMING = 3;

    private final DistressNetwork network;
    /** W: the leverage capped at 1, one per edge of {@link DistressNetwork#exposed}. */
    private final double[] weight;

    /** Values v by assets. */
    public DebtRank(RiskNetwork network) {
        this(new DistressNetwork(network));
    }

    /**
     * @param economicValue each node's economic value v in any unit, normalised to shares (as the NetworkRiskMeasures
     *                      R package's {@code weights}); nodes left out count 0
     */
    public DebtRank(RiskNetwork network, Map<Node, Double> economicValue) {
        this(new DistressNetwork(network, economicValue));
    }

    private DebtRank(DistressNetwork network) {
        this.network = network;
        weight = new double[network.leverage.length];
        for (int e = 0; e < weight.length; e++) {
            weight[e] = Math.min(1, network.leverage[e]);
        }
    }

    /** DebtRank of a set fully distressed at the start. */
    public DistressResult of(Collection<Node> shocked) {
        return of(shocked, 1.0);
    }

    /** @param initialDistress the distress ψ ∈ (0, 1] every shocked node starts with */
    public DistressResult of(Collection<Node> shocked, double initialDistress) {
        return run(network.uniformDistress(shocked, initialDistress));
    }

    /** @param initialDistress ψ per node, each in [0, 1]; the nodes above 0 are the initially distressed set */
    public DistressResult of(Map<Node, Double> initialDistress) {
        return run(network.distressVector(initialDistress));
    }

    private DistressResult run(double[] psi) {
        int n = network.size();
        int[] impactStart = network.impactStart;
        int[] exposed = network.exposed;
        double[] h = psi.clone();
        byte[] state = new byte[n];
        // what a node in D passes on: its h as it entered D, which is h(t − 1) in the round that follows
        double[] passed = new double[n];
        int[] frontier = new int[n];
        int frontierSize = 0;
        for (int i = 0; i < n; i++) {
            if (psi[i] > 0) {
                state[i] = DistressResult.DISTRESSED;
                passed[i] = psi[i];
                frontier[frontierSize++] = i;
            }
        }
        int[] next = new int[n];
        int rounds = 1;
        while (frontierSize > 0) {
            rounds++;
            int nextSize = 0;
            for (int f = 0; f < frontierSize; f++) {
                int j = frontier[f];
                double distress = passed[j];
                for (int e = impactStart[j]; e < impactStart[j + 1]; e++) {
                    int i = exposed[e];
                    h[i] = Math.min(1, h[i] + weight[e] * distress);
                    if (state[i] == DistressResult.UNDISTRESSED && h[i] > 0) {
                        state[i] = BECOMING;
                        next[nextSize++] = i;
                    }
                }
            }
            for (int f = 0; f < frontierSize; f++) {
                state[frontier[f]] = DistressResult.INACTIVE;
            }
            for (int k = 0; k < nextSize; k++) {
                state[next[k]] = DistressResult.DISTRESSED;
                passed[next[k]] = h[next[k]];
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            frontierSize = nextSize;
        }
        return new DistressResult(network, psi, h, state, rounds, true);
    }

    /** Every node's DebtRank alone, most systemically important first. */
    public List<Ranked> ranking() {
        return ranking(done -> {
        });
    }

    /** @param progress told the share of nodes done, from 0 to 1, every 1% or so */
    public List<Ranked> ranking(java.util.function.DoubleConsumer progress) {
        List<Ranked> ranked = new ArrayList<>(network.size());
        int step = Math.max(1, network.size() / 100);
        for (Node node : network.nodes) {
            ranked.add(new Ranked(node, of(List.of(node)).debtRank()));
            if (ranked.size() % step == 0) {
                progress.accept((double) ranked.size() / network.size());
            }
        }
        progress.accept(1);
        ranked.sort(Comparator.comparingDouble(Ranked::debtRank).reversed().thenComparing(r -> r.node().toString()));
        return ranked;
    }

    /** A node and its DebtRank alone. */
    public record Ranked(Node node, double debtRank) {
    }
}
