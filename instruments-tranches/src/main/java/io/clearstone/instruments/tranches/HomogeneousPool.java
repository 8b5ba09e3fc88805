package io.clearstone.instruments.tranches;

/**
 * A finite pool of n equal names in the one-factor Gaussian copula: given the common factor Y, defaults by time t are
 * binomial(n, p(t | Y)) with p(t | Y) = Φ((Φ⁻¹(Q(t)) − √ρ·Y) / √(1 − ρ)) and Q(t) = 1 − e^{−λt}; each default loses
 * (1 − recovery) / n of the pool. A tranche's expected loss at t is the binomial expectation integrated over Y
 * ({@link CommonFactor}).
 */
final class HomogeneousPool {

    private static final int INTERVALS = 400;

    private final int names;
    private final double hazardRate;
    private final double recovery;
    private final double correlation;

    HomogeneousPool(int names, double hazardRate, double recovery, double correlation) {
        if (names < 1 || !(hazardRate > 0) || !(recovery >= 0 && recovery < 1) || !(correlation >= 0
                && correlation < 1)) {
            throw new IllegalArgumentException("need n ≥ 1, λ > 0, 0 ≤ R < 1, 0 ≤ ρ < 1");
        }
        this.names = names;
        this.hazardRate = hazardRate;
        this.recovery = recovery;
        this.correlation = correlation;
    }

    /** The tranche's expected loss by time t (years), as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche, double years) {
        return expectation(tranche::of, years);
    }

    /** E[g(L)] for the pool's loss fraction L by time t (years). */
    double expectation(java.util.function.DoubleUnaryOperator g, double years) {
        double threshold = StandardNormal.inverse(Math.min(Math.max(-Math.expm1(-hazardRate * years), 1e-15),
                1 - 1e-15));
        double[] lossOf = new double[names + 1];
        for (int j = 0; j <= names; j++) {
            lossOf[j] = g.applyAsDouble((1 - recovery) * j / names);
        }
        return CommonFactor.expectation(y -> binomialExpectation(
                CommonFactor.conditionalDefault(threshold, correlation, y), lossOf), INTERVALS);
    }

    private double binomialExpectation(double p, double[] lossOf) {
        if (p <= 0) {
            return lossOf[0];
        }
        if (p >= 1) {
            return lossOf[names];
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logChoose = 0;
        double expectation = 0;
        for (int j = 0; j <= names; j++) {
            if (j > 0) {
                logChoose += Math.log((double) (names - j + 1) / j);
            }
            expectation += Math.exp(logChoose + j * logP + (names - j) * logQ) * lossOf[j];
        }
        return expectation;
    }
}
