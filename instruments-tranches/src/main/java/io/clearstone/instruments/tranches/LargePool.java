package io.clearstone.instruments.tranches;

/**
 * The large-pool limit of the one-factor Gaussian copula: given the common factor Y the pool loses a known fraction
 * L(Y), decreasing in Y (a good state of the economy, fewer defaults). A payoff g that is affine between kinks
 * K₀ < … < Kₘ of the loss then has an expectation in terms of two functions at the factor values Y(Kⱼ) where the
 * loss crosses each kink:
 *
 * <pre>
 *   P(L &gt; K) = Φ(Y(K)),   E[L; L &gt; K] = M(Y(K)),   M(y) = ∫_{−∞}^{y} L(u) φ(u) du,
 *   E[g(L)] = Σⱼ aⱼ · (Φ(Y(Kⱼ₋₁)) − Φ(Y(Kⱼ))) + bⱼ · (M(Y(Kⱼ₋₁)) − M(Y(Kⱼ)))
 * </pre>
 *
 * for the pieces g = aⱼ + bⱼ·ℓ on (Kⱼ₋₁, Kⱼ]. M is the only integral, of a smooth integrand between the kinks'
 * factor values ({@link CommonFactor}), so nothing is integrated across a kink. M could also be written with the
 * bivariate normal CDF (E[L; Y &lt; y] = Σ aᵢ Φ₂(tᵢ, y; √ρ)); the quadrature needs no second special function.
 */
abstract class LargePool {

    final double correlation;

    LargePool(double correlation) {
        this.correlation = correlation;
    }

    /** L(y): the pool's loss fraction when the factor is y. */
    abstract double poolLoss(double y);

    /** E[L], known in closed form: Σ aᵢ pᵢ. */
    abstract double expectedPoolLoss();

    /** L(−∞) = Σ aᵢ: the loss if every loan defaulted. */
    abstract double maximumLoss();

    /** The factor value y with L(y) = loss, for 0 &lt; loss &lt; {@link #maximumLoss()}. */
    abstract double factorAt(double loss);

    /** E[g(L)] for a payoff affine between its kinks. */
    double expectation(LossPayoff payoff) {
        if (correlation <= 0) {
            return payoff.of(expectedPoolLoss());
        }
        double[] kinks = payoff.kinks();
        int m = kinks.length;
        // factor values of the kinks: non-increasing, as the loss falls with the factor
        double[] factor = new double[m];
        for (int j = 0; j < m; j++) {
            factor[j] = kinks[j] <= 0 ? Double.POSITIVE_INFINITY
                    : kinks[j] >= maximumLoss() ? Double.NEGATIVE_INFINITY : factorAt(kinks[j]);
        }
        double[] partial = new double[m];
        for (int j = 0; j < m; j++) {
            partial[j] = factor[j] == Double.POSITIVE_INFINITY ? expectedPoolLoss() : partialExpectation(factor[j]);
        }
        double expectation = 0;
        double upperTail = 1;
        double upperPartial = expectedPoolLoss();
        for (int j = 0; j <= m; j++) {
            double tail = j == m ? 0 : cdf(factor[j]);
            double tailPartial = j == m ? 0 : partial[j];
            expectation += payoff.intercepts()[j] * (upperTail - tail)
                    + payoff.slopes()[j] * (upperPartial - tailPartial);
            upperTail = tail;
            upperPartial = tailPartial;
        }
        return expectation;
    }

    /**
     * M(y) = E[L; Y &lt; y]: from M at the panel boundaries below y (integrated once, panel by panel from −10) plus the
     * part of a panel up to y, so that each kink costs one panel's nodes.
     */
    double partialExpectation(double y) {
        double[] boundaryValues = boundaryPartials();
        double width = CommonFactor.panelWidth(correlation);
        double position = (Math.min(Math.max(y, -CommonFactor.RANGE), CommonFactor.RANGE) + CommonFactor.RANGE) / width;
        int panel = Math.min((int) position, boundaryValues.length - 1);
        double boundary = -CommonFactor.RANGE + panel * width;
        return boundaryValues[panel] + CommonFactor.integral(this::poolLoss, boundary, y, width);
    }

    private double[] boundaryPartials;

    private synchronized double[] boundaryPartials() {
        if (boundaryPartials == null) {
            double width = CommonFactor.panelWidth(correlation);
            int panels = (int) Math.ceil(2 * CommonFactor.RANGE / width);
            double[] values = new double[panels + 1];
            for (int k = 1; k <= panels; k++) {
                double left = -CommonFactor.RANGE + (k - 1) * width;
                values[k] = values[k - 1] + CommonFactor.integral(this::poolLoss, left, left + width, width);
            }
            boundaryPartials = values;
        }
        return boundaryPartials;
    }

    private static double cdf(double y) {
        return y == Double.POSITIVE_INFINITY ? 1 : y == Double.NEGATIVE_INFINITY ? 0 : StandardNormal.cdf(y);
    }
}
