package io.clearstone.instruments.tranches;

/**
 * The large-pool limit of the one-factor Gaussian copula for loans of different sizes, default probabilities and
 * recoveries: given the common factor Y each loan's default is independent of the others, and with many small loans
 * the pool loses its conditional expectation L(Y) = Σ wᵢ · LGDᵢ · Φ((Φ⁻¹(pᵢ) − √ρ·Y) / √(1 − ρ)). Vasicek's formula
 * is the case of alike loans. Valid when no loan is a large share of the pool (many effective names, 1 / Σ wᵢ²).
 */
final class LargeMixedPool {

    private static final int INTERVALS = 2_000;

    private final double[] weight;
    private final double[] threshold;
    private final double[] lossGivenDefault;
    private final double correlation;

    LargeMixedPool(double[] weights, double[] defaultProbability, double[] lossGivenDefault, double correlation) {
        this.weight = weights.clone();
        this.lossGivenDefault = lossGivenDefault.clone();
        this.correlation = correlation;
        this.threshold = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            threshold[i] = StandardNormal.inverse(defaultProbability[i]);
        }
    }

    /** The tranche's expected loss, as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche) {
        return expectation(tranche::of);
    }

    /** E[g(L)] for the pool's loss fraction L. */
    double expectation(java.util.function.DoubleUnaryOperator g) {
        return CommonFactor.expectation(y -> g.applyAsDouble(poolLoss(y)), INTERVALS);
    }

    double poolLoss(double y) {
        double loss = 0;
        for (int i = 0; i < weight.length; i++) {
            loss += weight[i] * lossGivenDefault[i] * CommonFactor.conditionalDefault(threshold[i], correlation, y);
        }
        return loss;
    }
}
