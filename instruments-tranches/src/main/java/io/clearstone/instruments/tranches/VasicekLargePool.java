package io.clearstone.instruments.tranches;

/**
 * The large homogeneous pool of the one-factor Gaussian copula (Vasicek): given the common factor Y, the pool loses
 * L(Y) = LGD · Φ((Φ⁻¹(p) − √ρ·Y) / √(1 − ρ)) of its notional; a tranche's expected loss is E[tranche(L(Y))] over
 * Y ~ N(0, 1) ({@link CommonFactor}).
 */
final class VasicekLargePool {

    private static final int INTERVALS = 4_000;

    private final double defaultProbability;
    private final double correlation;
    private final double lossGivenDefault;

    VasicekLargePool(double defaultProbability, double correlation, double lossGivenDefault) {
        if (!(defaultProbability > 0 && defaultProbability < 1) || !(correlation >= 0 && correlation < 1)
                || !(lossGivenDefault > 0 && lossGivenDefault <= 1)) {
            throw new IllegalArgumentException("need 0 < p < 1, 0 ≤ ρ < 1, 0 < LGD ≤ 1");
        }
        this.defaultProbability = defaultProbability;
        this.correlation = correlation;
        this.lossGivenDefault = lossGivenDefault;
    }

    /** The pool's loss fraction when the common factor is y. */
    double poolLoss(double y) {
        return lossGivenDefault * CommonFactor.conditionalDefault(StandardNormal.inverse(defaultProbability),
                correlation, y);
    }

    /** The tranche's expected loss, as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche) {
        return expectation(tranche::of);
    }

    /** E[g(L)] for the pool's loss fraction L. */
    double expectation(java.util.function.DoubleUnaryOperator g) {
        double threshold = StandardNormal.inverse(defaultProbability);
        return CommonFactor.expectation(y -> g.applyAsDouble(lossGivenDefault
                * CommonFactor.conditionalDefault(threshold, correlation, y)), INTERVALS);
    }

}
