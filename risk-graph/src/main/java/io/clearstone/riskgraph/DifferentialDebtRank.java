package io.clearstone.riskgraph;

import java.util.Collection;
import java.util.Map;

/**
 * Differential DebtRank (Bardoscia, Battiston, Caccioli, Caldarelli 2015, "DebtRank: a microscopic foundation for
 * shock propagation"): every node passes on each increment of its distress, however late it comes, with the
 * leverage uncapped. If j owes i, Λ_ji = that claim / i's equity E_i (infinite if E_i ≤ 0); from h(0) = 0 and the
 * shock h(1) = ψ, hᵢ(t+1) = min(1, hᵢ(t) + Σⱼ Λ_ji (hⱼ(t) − hⱼ(t−1))), i.e. h(t+1) = min(1, h(t) + Λᵀ(h(t) − h(t−1)))
 * with Λ indexed [distressed][exposed]. There is no inactive state: a node's state at the end is undistressed (h = 0)
 * or distressed.
 * <p>
 * Distress only grows and is capped at 1, so the iteration converges; where it differs from the paper, which takes
 * the limit t → ∞, is only that it stops when no node's distress rose by more than the tolerance in the last round
 * (default {@value #DEFAULT_TOLERANCE}), or after a number of rounds (default {@value #DEFAULT_MAX_ROUNDS}), in which
 * case the result says it has not converged. R = Σ vⱼ hⱼ(∞) − Σ vⱼ hⱼ(1) with the same relative values v as
 * {@link DebtRank} (the paper's relative equity loss H is this R with each node's equity as its value).
 * A round costs the edges out of the nodes whose distress rose in the one before.
 */
public final class DifferentialDebtRank {

    public static final double DEFAULT_TOLERANCE = 1e-12;
    public static final int DEFAULT_MAX_ROUNDS = 10_000;

    private final DistressNetwork network;
    private final double tolerance;
    private final int maxRounds;

    /** Values v by assets. */
    public DifferentialDebtRank(RiskNetwork network) {
        this(new DistressNetwork(network), DEFAULT_TOLERANCE, DEFAULT_MAX_ROUNDS);
    }

    /** @param economicValue each node's economic value v in any unit, normalised to shares; nodes left out count 0 */
    public DifferentialDebtRank(RiskNetwork network, Map<Node, Double> economicValue) {
        this(new DistressNetwork(network, economicValue), DEFAULT_TOLERANCE, DEFAULT_MAX_ROUNDS);
    }

    private DifferentialDebtRank(DistressNetwork network, double tolerance, int maxRounds) {
        if (!(tolerance >= 0) || maxRounds < 1) {
            throw new IllegalArgumentException("tolerance is at least 0 and the round limit at least 1");
        }
        this.network = network;
        this.tolerance = tolerance;
        this.maxRounds = maxRounds;
    }

    /**
     * @param tolerance stop once no node's distress rises by more than this in a round (0: only when none rises)
     * @param maxRounds stop after this many rounds at most, unconverged
     */
    public DifferentialDebtRank stoppingAt(double tolerance, int maxRounds) {
        return new DifferentialDebtRank(network, tolerance, maxRounds);
    }

    public double tolerance() {
        return tolerance;
    }

    public int maxRounds() {
        return maxRounds;
    }

    /** A set fully distressed at the start. */
    public DistressResult of(Collection<Node> shocked) {
        return of(shocked, 1.0);
    }

    /** @param initialDistress the distress ψ ∈ (0, 1] every shocked node starts with */
    public DistressResult of(Collection<Node> shocked, double initialDistress) {
        return run(network.uniformDistress(shocked, initialDistress));
    }

    /** @param initialDistress ψ per node, each in [0, 1] */
    public DistressResult of(Map<Node, Double> initialDistress) {
        return run(network.distressVector(initialDistress));
    }

    private DistressResult run(double[] psi) {
        int n = network.size();
        int[] impactStart = network.impactStart;
        int[] exposed = network.exposed;
        double[] leverage = network.leverage;
        double[] h = psi.clone();
        // h(t) − h(t−1) of the nodes in the frontier; h(0) = 0, so the first increment is the shock itself
        double[] increment = psi.clone();
        int[] frontier = new int[n];
        int frontierSize = 0;
        for (int i = 0; i < n; i++) {
            if (psi[i] > 0) {
                frontier[frontierSize++] = i;
            }
        }
        int[] next = new int[n];
        double[] roundStart = new double[n];
        int[] touchedInRound = new int[n];
        int rounds = 1;
        boolean converged = false;
        while (true) {
            if (frontierSize == 0) {
                converged = true;
                break;
            }
            if (rounds >= maxRounds) {
                break;
            }
            rounds++;
            int touched = 0;
            for (int f = 0; f < frontierSize; f++) {
                int j = frontier[f];
                double rise = increment[j];
                for (int e = impactStart[j]; e < impactStart[j + 1]; e++) {
                    int i = exposed[e];
                    if (touchedInRound[i] != rounds) {
                        touchedInRound[i] = rounds;
                        roundStart[i] = h[i];
                        next[touched++] = i;
                    }
                    if (h[i] < 1) {
                        h[i] = Math.min(1, h[i] + leverage[e] * rise);
                    }
                }
            }
            for (int f = 0; f < frontierSize; f++) {
                increment[frontier[f]] = 0;
            }
            int nextSize = 0;
            double largest = 0;
            for (int k = 0; k < touched; k++) {
                int i = next[k];
                double rise = h[i] - roundStart[i];
                if (rise > 0) {
                    increment[i] = rise;
                    next[nextSize++] = i;
                    largest = Math.max(largest, rise);
                }
            }
            int[] swap = frontier;
            frontier = next;
            next = swap;
            frontierSize = nextSize;
            if (frontierSize > 0 && largest <= tolerance) {
                converged = true;
                break;
            }
        }
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            state[i] = h[i] > 0 ? DistressResult.DISTRESSED : DistressResult.UNDISTRESSED;
        }
        return new DistressResult(network, psi, h, state, rounds, converged);
    }
}
