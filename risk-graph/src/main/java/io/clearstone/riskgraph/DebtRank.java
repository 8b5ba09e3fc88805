package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * DebtRank (Battiston et al. 2012): the share of the system's economic value lost when a set of nodes is distressed.
 * Node i's exposure to j is its claim on j (what j owes it), and W_ij = min(1, that claim / i's equity): a fully
 * distressed j costs i that fraction of its equity. Distress h spreads in rounds, hᵢ(t) = min(1, hᵢ(t−1) +
 * Σⱼ Wᵢⱼ hⱼ(t−1)) over the nodes j distressed in the last round, each of which then becomes inactive, so that no
 * loss is propagated twice (a node distressed in round t may still take losses in round t + 1, which it does not
 * pass on). R = Σ hⱼ(T) vⱼ − Σ hⱼ(1) vⱼ, with vⱼ a node's share of all claims and external assets.
 * The inner loops run over compressed sparse rows: one run costs the edges out of the nodes it reaches.
 */
public final class DebtRank {

    private final CreditMatrix m;
    /** impactStart[j] .. impactStart[j + 1]: who loses, and what fraction of their equity, if j is distressed. */
    private final int[] impactStart;
    private final int[] exposed;
    private final double[] weight;
    private final double[] value;

    public DebtRank(RiskNetwork network) {
        m = new CreditMatrix(network);
        int n = m.size();
        impactStart = m.liabilityStart;
        exposed = m.creditor;
        weight = new double[m.owed.length];
        for (int j = 0; j < n; j++) {
            for (int e = m.liabilityStart[j]; e < m.liabilityStart[j + 1]; e++) {
                double equity = network.equityOf(m.nodes.get(m.creditor[e]));
                weight[e] = equity > 0 ? Math.min(1, m.owed[e] / equity) : 1;
            }
        }
        double[] assets = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            assets[i] = m.totalClaims[i] + Math.max(0, network.externalAssetsOf(m.nodes.get(i)));
            total += assets[i];
        }
        value = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = total > 0 ? assets[i] / total : 1.0 / n;
        }
    }

    /** DebtRank of a set fully distressed at the start. */
    public Result of(Collection<Node> shocked) {
        return of(shocked, 1.0);
    }

    /**
     * @param initialDistress the distress ψ ∈ (0, 1] the shocked nodes start with
     */
    public Result of(Collection<Node> shocked, double initialDistress) {
        if (!(initialDistress > 0 && initialDistress <= 1)) {
            throw new IllegalArgumentException("initial distress is in (0, 1]");
        }
        int n = m.size();
        double[] h = new double[n];
        byte[] state = new byte[n]; // 0 undistressed, 1 distressed, 2 inactive
        int[] frontier = new int[n];
        int frontierSize = 0;
        double initialLoss = 0;
        for (Node node : shocked) {
            Integer i = m.index.get(node);
            if (i == null) {
                throw new IllegalArgumentException("not in the network: " + node);
            }
            if (state[i] == 0) {
                h[i] = initialDistress;
                state[i] = 1;
                frontier[frontierSize++] = i;
                initialLoss += initialDistress * value[i];
            }
        }
        double[] previous = h.clone();
        int[] next = new int[n];
        int rounds = 1;
        while (frontierSize > 0) {
            rounds++;
            int nextSize = 0;
            for (int f = 0; f < frontierSize; f++) {
                int j = frontier[f];
                double distress = previous[j];
                for (int e = impactStart[j]; e < impactStart[j + 1]; e++) {
                    int i = exposed[e];
                    if (state[i] == 2) {
                        continue;
                    }
                    double before = h[i];
                    h[i] = Math.min(1, h[i] + weight[e] * distress);
                    if (before == 0 && h[i] > 0 && state[i] == 0) {
                        state[i] = 3; // marked: distressed from the next round
                        next[nextSize++] = i;
                    }
                }
            }
            for (int f = 0; f < frontierSize; f++) {
                state[frontier[f]] = 2;
            }
            for (int k = 0; k < nextSize; k++) {
                state[next[k]] = 1;
                previous[next[k]] = h[next[k]];
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            frontierSize = nextSize;
        }
        double finalLoss = 0;
        for (int i = 0; i < n; i++) {
            finalLoss += h[i] * value[i];
        }
        return new Result(finalLoss - initialLoss, finalLoss, rounds);
    }

    /** Every node's DebtRank alone, most systemically important first. */
    public List<Ranked> ranking() {
        return ranking(done -> {
        });
    }

    /** @param progress told the share of nodes done, from 0 to 1, every 1% or so */
    public List<Ranked> ranking(java.util.function.DoubleConsumer progress) {
        List<Ranked> ranked = new ArrayList<>(m.size());
        int step = Math.max(1, m.size() / 100);
        for (Node node : m.nodes) {
            ranked.add(new Ranked(node, of(List.of(node)).debtRank()));
            if (ranked.size() % step == 0) {
                progress.accept((double) ranked.size() / m.size());
            }
        }
        progress.accept(1);
        ranked.sort(Comparator.comparingDouble(Ranked::debtRank).reversed().thenComparing(r -> r.node().toString()));
        return ranked;
    }

    /**
     * @param debtRank  R: the value lost beyond the initial shock, as a share of the system, in [0, 1]
     * @param totalLoss Σ hⱼ(T) vⱼ, the initial shock included
     * @param rounds    how many rounds distress took to stop spreading
     */
    public record Result(double debtRank, double totalLoss, int rounds) {
    }

    /** A node and its DebtRank alone. */
    public record Ranked(Node node, double debtRank) {
    }
}
