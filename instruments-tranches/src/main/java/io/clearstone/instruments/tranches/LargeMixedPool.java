package io.clearstone.instruments.tranches;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The large-pool limit of the one-factor Gaussian copula for loans of different sizes, default probabilities and
 * recoveries: given the common factor Y each loan's default is independent of the others, and with many small loans
 * the pool loses its conditional expectation L(Y) = Σ wᵢ · LGDᵢ · Φ((Φ⁻¹(pᵢ) − √ρ·Y) / √(1 − ρ)). Vasicek's formula
 * is the case of alike loans. Valid when no loan is a large share of the pool (many effective names, 1 / Σ wᵢ²).
 *
 * <p>Loans of the same default probability and loss given default enter L as one term (their weights summed), so
 * the cost of L(y) is the number of distinct classes, not of loans. The factor value where L crosses a kink has no
 * closed form here: it is found by Newton's method kept inside a bisection bracket (L is strictly decreasing).
 */
final class LargeMixedPool extends LargePool {

    /** Each class's Φ⁻¹(p), and its loss if all its loans default: Σ wᵢ · LGDᵢ. */
    private final double[] threshold;
    private final double[] exposure;
    private final double expected;
    private final double maximum;

    /**
     * @param exposure           each class's loss if all its loans default, as a share of the pool: Σ wᵢ · LGDᵢ
     * @param defaultProbability each class's probability of default by the horizon
     */
    LargeMixedPool(double[] exposure, double[] defaultProbability, double correlation) {
        super(correlation);
        this.threshold = new double[exposure.length];
        this.exposure = exposure.clone();
        double expectedLoss = 0;
        double maximumLoss = 0;
        for (int g = 0; g < exposure.length; g++) {
            threshold[g] = StandardNormal.inverse(defaultProbability[g]);
            expectedLoss += exposure[g] * defaultProbability[g];
            maximumLoss += exposure[g];
        }
        this.expected = expectedLoss;
        this.maximum = maximumLoss;
    }

    /** The pool of loans with these weights (summing to 1), default probabilities and losses given default. */
    static LargeMixedPool of(double[] weights, double[] defaultProbability, double[] lossGivenDefault,
                             double correlation) {
        Classes classes = Classes.of(weights, defaultProbability, lossGivenDefault);
        return new LargeMixedPool(classes.exposure(), classes.defaultProbability(), correlation);
    }

    /** Loans grouped by equal default probability and loss given default, each class's exposure summed. */
    record Classes(double[] exposure, double[] defaultProbability) {

        static Classes of(double[] weights, double[] defaultProbability, double[] lossGivenDefault) {
            Integer[] order = new Integer[weights.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> defaultProbability[i])
                    .thenComparingDouble(i -> lossGivenDefault[i]));
            double[] exposure = new double[weights.length];
            double[] probability = new double[weights.length];
            int classes = 0;
            for (int k = 0; k < order.length; k++) {
                int i = order[k];
                boolean sameClass = k > 0 && defaultProbability[i] == defaultProbability[order[k - 1]]
                        && lossGivenDefault[i] == lossGivenDefault[order[k - 1]];
                if (!sameClass) {
                    probability[classes++] = defaultProbability[i];
                }
                exposure[classes - 1] += weights[i] * lossGivenDefault[i];
            }
            return new Classes(Arrays.copyOf(exposure, classes), Arrays.copyOf(probability, classes));
        }
    }

    /** The tranche's expected loss, as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche) {
        return expectation(LossPayoff.of(tranche));
    }

    @Override
    double poolLoss(double y) {
        double shift = Math.sqrt(correlation) * y;
        double scale = 1 / Math.sqrt(1 - correlation);
        double loss = 0;
        for (int g = 0; g < threshold.length; g++) {
            loss += exposure[g] * StandardNormal.cdf((threshold[g] - shift) * scale);
        }
        return loss;
    }

    @Override
    double expectedPoolLoss() {
        return expected;
    }

    @Override
    double maximumLoss() {
        return maximum;
    }

    /** dL/dy. */
    private double slope(double y) {
        double shift = Math.sqrt(correlation) * y;
        double scale = 1 / Math.sqrt(1 - correlation);
        double slope = 0;
        for (int g = 0; g < threshold.length; g++) {
            slope -= exposure[g] * StandardNormal.density((threshold[g] - shift) * scale);
        }
        return slope * Math.sqrt(correlation) * scale;
    }

    @Override
    double factorAt(double loss) {
        double low = -CommonFactor.RANGE;
        double high = CommonFactor.RANGE;
        if (poolLoss(high) >= loss) {
            return high; // beyond the range integrated: the factor's mass there is below 1e-23
        }
        if (poolLoss(low) <= loss) {
            return low;
        }
        double y = 0;
        for (int iteration = 0; iteration < 200; iteration++) {
            double gap = poolLoss(y) - loss;
            if (gap > 0) {
                low = y;
            } else {
                high = y;
            }
            double derivative = slope(y);
            double next = derivative < 0 ? y - gap / derivative : Double.NaN;
            if (!(next > low && next < high)) {
                next = (low + high) / 2;
            }
            if (Math.abs(next - y) < 1e-14 * Math.max(1, Math.abs(y)) || high - low < 1e-14) {
                return next;
            }
            y = next;
        }
        return y;
    }
}
