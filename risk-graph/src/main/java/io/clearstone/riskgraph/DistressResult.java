package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a DebtRank run ended: R, the total loss, and each node's initial and final distress and state. Kept as arrays
 * (a ranking makes one of these per node of the network); the per-node views are built on request.
 */
public final class DistressResult {

    static final byte UNDISTRESSED = 0;
    static final byte DISTRESSED = 1;
    static final byte INACTIVE = 2;

    private final DistressNetwork network;
    private final double[] initial;
    private final double[] distress;
    private final byte[] state;
    private final int rounds;
    private final boolean converged;
    private final double debtRank;
    private final double totalLoss;

    DistressResult(DistressNetwork network, double[] initial, double[] distress, byte[] state, int rounds,
                   boolean converged) {
        this.network = network;
        this.initial = initial;
        this.distress = distress;
        this.state = state;
        this.rounds = rounds;
        this.converged = converged;
        double lost = 0;
        double added = 0;
        for (int i = 0; i < distress.length; i++) {
            lost += distress[i] * network.value[i];
            // summed as differences, not as the difference of two sums, so that a small R keeps its digits
            added += (distress[i] - initial[i]) * network.value[i];
        }
        totalLoss = lost;
        debtRank = added;
    }

    /** R = Σ vⱼ hⱼ(T) − Σ vⱼ hⱼ(1): the share of the system's value lost beyond the initial shock, in [0, 1]. */
    public double debtRank() {
        return debtRank;
    }

    /** Σ vⱼ hⱼ(T), the initial shock included. */
    public double totalLoss() {
        return totalLoss;
    }

    /** Σ vⱼ hⱼ(1), the initial shock alone. */
    public double initialLoss() {
        return totalLoss - debtRank;
    }

    /** How many rounds distress took to stop spreading (the initial shock is round 1). */
    public int rounds() {
        return rounds;
    }

    /** False only if an iterative variant stopped at its round limit before reaching its tolerance. */
    public boolean converged() {
        return converged;
    }

    /** hⱼ(T), in [0, 1]; 1 is default. */
    public double distressOf(Node node) {
        return distress[network.requireIndex(node)];
    }

    /** hⱼ(1), the shock it started with. */
    public double initialDistressOf(Node node) {
        return initial[network.requireIndex(node)];
    }

    public DistressState stateOf(Node node) {
        return DistressState.values()[state[network.requireIndex(node)]];
    }

    /** How many nodes ended in default (h = 1) that did not start there. */
    public int additionalDefaults() {
        int count = 0;
        for (int i = 0; i < distress.length; i++) {
            if (distress[i] >= 1 && initial[i] < 1) {
                count++;
            }
        }
        return count;
    }

    /** Every node that distress reached (h(T) > 0), most distressed first; the others end undistressed at 0. */
    public List<NodeDistress> distressed() {
        List<NodeDistress> reached = new ArrayList<>();
        for (int i = 0; i < distress.length; i++) {
            if (distress[i] > 0) {
                reached.add(new NodeDistress(network.nodes.get(i), initial[i], distress[i],
                        DistressState.values()[state[i]]));
            }
        }
        reached.sort(Comparator.comparingDouble(NodeDistress::distress).reversed()
                .thenComparing(d -> d.node().toString()));
        return reached;
    }

    /**
     * @param initialDistress hⱼ(1)
     * @param distress        hⱼ(T)
     */
    public record NodeDistress(Node node, double initialDistress, double distress, DistressState state) {

        public boolean defaulted() {
            return distress >= 1;
        }
    }
}
