package io.clearstone.instruments.tranches;

import java.util.function.DoubleUnaryOperator;

/**
 * Expectations over the copula's common factor Y ~ N(0, 1): ∫ f(y) φ(y) dy by composite Simpson on [−10, 10] (the
 * tails beyond carry less than 1e-22 of the mass).
 */
final class CommonFactor {

    private static final double RANGE = 10;

    private CommonFactor() {
    }

    /** @param intervals an even number of Simpson intervals */
    static double expectation(DoubleUnaryOperator conditional, int intervals) {
        double h = 2 * RANGE / intervals;
        double sum = 0;
        for (int k = 0; k <= intervals; k++) {
            double y = -RANGE + k * h;
            double weight = k == 0 || k == intervals ? 1 : k % 2 == 1 ? 4 : 2;
            sum += weight * conditional.applyAsDouble(y) * StandardNormal.density(y);
        }
        return sum * h / 3;
    }

    /** Φ((threshold − √ρ·y) / √(1 − ρ)): a name's default probability given the factor. */
    static double conditionalDefault(double threshold, double correlation, double y) {
        return StandardNormal.cdf((threshold - Math.sqrt(correlation) * y) / Math.sqrt(1 - correlation));
    }
}
