package io.clearstone.instruments.tranches;

/**
 * The large homogeneous pool of the one-factor Gaussian copula (Vasicek): given the common factor Y, the pool loses
 * L(Y) = LGD · Φ((Φ⁻¹(p) − √ρ·Y) / √(1 − ρ)) of its notional. The factor value where the loss crosses a level K is
 * known in closed form, Y(K) = (Φ⁻¹(p) − √(1 − ρ)·Φ⁻¹(K / LGD)) / √ρ, so a tranche's expected loss is integrated
 * piece by piece between its attachment's and detachment's factor values ({@link LargePool}).
 */
final class VasicekLargePool extends LargePool {

    private final double defaultProbability;
    private final double lossGivenDefault;
    private final double threshold;

    VasicekLargePool(double defaultProbability, double correlation, double lossGivenDefault) {
        super(correlation);
        if (!(defaultProbability > 0 && defaultProbability < 1) || !(correlation >= 0 && correlation < 1)
                || !(lossGivenDefault > 0 && lossGivenDefault <= 1)) {
            throw new IllegalArgumentException("need 0 < p < 1, 0 ≤ ρ < 1, 0 < LGD ≤ 1");
        }
        this.defaultProbability = defaultProbability;
        this.lossGivenDefault = lossGivenDefault;
        this.threshold = StandardNormal.inverse(defaultProbability);
    }

    @Override
    double poolLoss(double y) {
        return lossGivenDefault * CommonFactor.conditionalDefault(threshold, correlation, y);
    }

    @Override
    double expectedPoolLoss() {
        return lossGivenDefault * defaultProbability;
    }

    @Override
    double maximumLoss() {
        return lossGivenDefault;
    }

    @Override
    double factorAt(double loss) {
        return (threshold - Math.sqrt(1 - correlation) * StandardNormal.inverse(loss / lossGivenDefault))
                / Math.sqrt(correlation);
    }

    /** The tranche's expected loss, as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche) {
        return expectation(LossPayoff.of(tranche));
    }
}
