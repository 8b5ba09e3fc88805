package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The smallest shock to an asset at which the fire-sale cascade does systemic damage: losses beyond a fraction of the
 * system's equity, or more than k failures. Larger shocks never do less damage (prices only fall further, so losses
 * only grow and failures only spread), so a bisection on the shock finds it; the answer is within
 * {@code tolerance} of the true threshold.
 */
public final class SystemicThresholds {

    private final FireSaleCascade cascade;
    private final double lossFraction;
    private final int maxFailures;
    private final double tolerance;

    /**
     * @param lossFraction damage when the cascade's loss exceeds this share of system equity, e.g. 0.1
     * @param maxFailures  damage when more nodes than this fail
     * @param tolerance    precision of the threshold, e.g. 0.001 (0.1 percentage point)
     */
    public SystemicThresholds(FireSaleCascade cascade, double lossFraction, int maxFailures, double tolerance) {
        this.cascade = cascade;
        this.lossFraction = lossFraction;
        this.maxFailures = maxFailures;
        this.tolerance = tolerance;
    }

    /** The threshold shock for the asset, or empty when even its total loss does no systemic damage. */
    public Threshold of(Node asset) {
        if (!damaging(cascade.run(asset, 1.0))) {
            return new Threshold(asset, null, 0);
        }
        double safe = 0;
        double harmful = 1;
        int runs = 1;
        while (harmful - safe > tolerance) {
            double middle = (safe + harmful) / 2;
            runs++;
            if (damaging(cascade.run(asset, middle))) {
                harmful = middle;
            } else {
                safe = middle;
            }
        }
        return new Threshold(asset, harmful, runs);
    }

    public List<Threshold> of(List<Node> assets) {
        return of(assets, done -> {
        });
    }

    /** @param progress told the share of assets done, from 0 to 1, after each one */
    public List<Threshold> of(List<Node> assets, java.util.function.DoubleConsumer progress) {
        List<Threshold> thresholds = new ArrayList<>();
        for (Node asset : assets) {
            thresholds.add(of(asset));
            progress.accept((double) thresholds.size() / assets.size());
        }
        return thresholds;
    }

    private boolean damaging(FireSaleCascade.Result result) {
        return result.totalLoss() > lossFraction * cascade.systemEquity() || result.failed().size() > maxFailures;
    }

    /**
     * @param shock the smallest relative fall that does systemic damage (to within the tolerance); null if none does
     * @param runs  cascades run to find it
     */
    public record Threshold(Node asset, Double shock, int runs) {
    }
}
