package io.clearstone.instruments.tranches;

/**
 * The large homogeneous pool of the one-factor Gaussian copula (Vasicek): given the common factor Y, the pool loses
 * L(Y) = LGD · Φ((Φ⁻¹(p) − √ρ·Y) / √(1 − ρ)) of its notional; a tranche's expected loss is E[tranche(L(Y))] over
 * Y ~ N(0, 1), integrated here by composite Simpson over [−10, 10] (the tails beyond carry less than 1e-22).
 */
final class VasicekLargePool {

    private static final int INTERVALS = 4_000;
    private static final double RANGE = 10;

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
        double threshold = StandardNormal.inverse(defaultProbability);
        return lossGivenDefault * StandardNormal.cdf((threshold - Math.sqrt(correlation) * y)
                / Math.sqrt(1 - correlation));
    }

    /** The tranche's expected loss, as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche) {
        double threshold = StandardNormal.inverse(defaultProbability);
        double h = 2 * RANGE / INTERVALS;
        double sum = 0;
        for (int k = 0; k <= INTERVALS; k++) {
            double y = -RANGE + k * h;
            double weight = k == 0 || k == INTERVALS ? 1 : k % 2 == 1 ? 4 : 2;
            double loss = lossGivenDefault * StandardNormal.cdf((threshold - Math.sqrt(correlation) * y)
                    / Math.sqrt(1 - correlation));
            sum += weight * tranche.of(loss) * StandardNormal.density(y);
        }
        return sum * h / 3;
    }
}
