package io.clearstone.instruments.tranches;

import java.util.function.DoubleUnaryOperator;

/**
 * Integrals over the copula's common factor Y ~ N(0, 1): ∫ f(y) φ(y) dy for an f that is smooth on the range asked
 * for, by composite 20-point Gauss–Legendre on panels no wider than the caller says. Callers split the range at the
 * points where their integrand is not smooth (a payoff's kinks): a rule of fixed step over a kink converges only
 * as a low power of the step (the former Simpson rule on 4,000 panels was 1e-5 off there), while on smooth pieces this
 * one is accurate to rounding. The factor's mass beyond ±10 (7.6e-24) is left out.
 */
final class CommonFactor {

    static final double RANGE = 10;

    private static final GaussLegendre RULE = new GaussLegendre(20);

    private CommonFactor() {
    }

    /** ∫ f(y) φ(y) dy over [from, to] ∩ [−10, 10], on panels at most {@code panelWidth} wide. */
    static double integral(DoubleUnaryOperator f, double from, double to, double panelWidth) {
        double[] sum = new double[1];
        forEachNode(from, to, panelWidth, (y, weight) -> sum[0] += weight * f.applyAsDouble(y));
        return sum[0];
    }

    /** A quadrature node y and its weight, the density φ(y) included. */
    interface Node {
        void accept(double y, double weight);
    }

    /** Visits the nodes of the same rule as {@link #integral} on [from, to] ∩ [−10, 10]. */
    static void forEachNode(double from, double to, double panelWidth, Node node) {
        double a = Math.max(from, -RANGE);
        double b = Math.min(to, RANGE);
        if (!(b > a)) {
            return;
        }
        int panels = (int) Math.ceil((b - a) / panelWidth - 1e-9);
        double width = (b - a) / panels;
        for (int k = 0; k < panels; k++) {
            double left = a + k * width;
            double right = k == panels - 1 ? b : left + width;
            double half = (right - left) / 2;
            double middle = (left + right) / 2;
            for (int i = 0; i < RULE.nodes.length; i++) {
                double y = middle + half * RULE.nodes[i];
                node.accept(y, half * RULE.weights[i] * StandardNormal.density(y));
            }
        }
    }

    /**
     * The widest panel on which a conditional default probability Φ((t − √ρ·y) / √(1 − ρ)) is resolved to rounding:
     * it changes on the scale √(1 − ρ) / √ρ in y, and the density on the scale 1.
     */
    static double panelWidth(double correlation) {
        return correlation <= 0 ? 2 : Math.min(2, Math.sqrt((1 - correlation) / correlation));
    }

    /** Φ((threshold − √ρ·y) / √(1 − ρ)): a name's default probability given the factor. */
    static double conditionalDefault(double threshold, double correlation, double y) {
        return StandardNormal.cdf((threshold - Math.sqrt(correlation) * y) / Math.sqrt(1 - correlation));
    }
}
