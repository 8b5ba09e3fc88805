package io.clearstone.instruments.tranches;

import java.util.function.DoubleUnaryOperator;

/**
 * A test-side reference for large-pool tranche losses, by a different route from the pricer's: the payoff itself,
 * tranche(L(y))·φ(y), is integrated by tanh-sinh quadrature (Takahasi and Mori) on each piece between the factor
 * values where L crosses the attachment and the detachment, found by bisection on L (not by the closed form), on
 * sub-intervals at most 1 wide over [−12, 12], with step 1/64, |t| ≤ 3.5, and Kahan-compensated sums.
 *
 * <p>Why it is accurate to about 1e-15 absolute, a millionth of the 1e-9 tolerance: on each piece the integrand is
 * analytic, where tanh-sinh's error falls like exp(−c/h) (halving the step changes no result by more than 2e-16,
 * {@link TrancheAccuracyTest} checks it); the weights cut off beyond |t| = 3.5 are below 1e-40; the factor's mass
 * beyond ±12 is 3.6e-33; Φ is accurate to a few units in the last place (checked against 40-digit apfloat in
 * {@link TrancheAccuracyTest}), so each integrand value is, and the compensated sums add no more than an ulp.
 */
final class ReferenceQuadrature {

    private static final double LIMIT = 12;
    private final double step;

    ReferenceQuadrature(int stepsPerUnit) {
        this.step = 1.0 / stepsPerUnit;
    }

    /** E[tranche(L(Y))] for a pool loss L(y) decreasing in y. */
    double trancheLoss(DoubleUnaryOperator poolLoss, TrancheLoss tranche) {
        double detachmentFactor = crossing(poolLoss, tranche.detachment());
        double attachmentFactor = crossing(poolLoss, tranche.attachment());
        DoubleUnaryOperator integrand = y -> tranche.of(poolLoss.applyAsDouble(y)) * StandardNormal.density(y);
        return integral(integrand, -LIMIT, detachmentFactor) + integral(integrand, detachmentFactor, attachmentFactor)
                + integral(integrand, attachmentFactor, LIMIT);
    }

    /** The y in [−12, 12] where L(y) = level, by bisection (the ends when L stays on one side). */
    static double crossing(DoubleUnaryOperator poolLoss, double level) {
        double low = -LIMIT;
        double high = LIMIT;
        if (poolLoss.applyAsDouble(high) >= level) {
            return high;
        }
        if (poolLoss.applyAsDouble(low) <= level) {
            return low;
        }
        for (int i = 0; i < 200 && high - low > 1e-15; i++) {
            double middle = (low + high) / 2;
            if (poolLoss.applyAsDouble(middle) > level) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    double integral(DoubleUnaryOperator f, double a, double b) {
        if (!(b > a)) {
            return 0;
        }
        int pieces = (int) Math.ceil(b - a);
        double width = (b - a) / pieces;
        double sum = 0;
        double compensation = 0;
        for (int piece = 0; piece < pieces; piece++) {
            double left = a + piece * width;
            double value = tanhSinh(f, left, piece == pieces - 1 ? b : left + width) - compensation;
            double total = sum + value;
            compensation = (total - sum) - value;
            sum = total;
        }
        return sum;
    }

    private double tanhSinh(DoubleUnaryOperator f, double a, double b) {
        double half = (b - a) / 2;
        double middle = (a + b) / 2;
        int steps = (int) Math.round(3.5 / step);
        double sum = 0;
        double compensation = 0;
        for (int k = -steps; k <= steps; k++) {
            double t = k * step;
            double inner = Math.PI / 2 * Math.sinh(t);
            double cosh = Math.cosh(inner);
            double weight = Math.PI / 2 * Math.cosh(t) / (cosh * cosh);
            // 1 − |tanh(inner)| as 1 / (e^{2|inner|} + 1) · 2, so that nodes near the ends keep their digits
            double gap = 2 / (Math.exp(2 * Math.abs(inner)) + 1);
            double x = inner >= 0 ? b - half * gap : a + half * gap;
            double value = weight * f.applyAsDouble(x) - compensation;
            double total = sum + value;
            compensation = (total - sum) - value;
            sum = total;
        }
        return sum * step * half;
    }
}
