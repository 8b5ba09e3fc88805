package io.clearstone.instruments.tranches;

import java.util.Arrays;

/**
 * A payoff of the loans' loss fraction ℓ that is affine between its kinks and may jump at them: the form of every
 * payoff the pricer takes (a tranche's share lost, the indicator of a loss bucket). Knowing the kinks lets the
 * large-pool models integrate each affine piece exactly over the factor instead of smearing a kink over a grid.
 *
 * <p>Piece j (0 to m) covers (kinks[j − 1], kinks[j]], with −∞ and +∞ at the ends, where the payoff is
 * intercepts[j] + slopes[j] · ℓ.
 */
record LossPayoff(double[] kinks, double[] intercepts, double[] slopes) {

    LossPayoff {
        if (intercepts.length != kinks.length + 1 || slopes.length != kinks.length + 1) {
            throw new IllegalArgumentException("one piece more than kinks");
        }
        for (int j = 1; j < kinks.length; j++) {
            if (!(kinks[j] > kinks[j - 1])) {
                throw new IllegalArgumentException("kinks must ascend");
            }
        }
    }

    /** The tranche's share lost: 0 up to the attachment, then rising linearly to 1 at the detachment. */
    static LossPayoff of(TrancheLoss tranche) {
        double a = tranche.attachment();
        double width = tranche.detachment() - a;
        return new LossPayoff(new double[] {a, tranche.detachment()}, new double[] {0, -a / width, 1},
                new double[] {0, 1 / width, 0});
    }

    /** 1 when lower < ℓ ≤ upper, else 0; either bound may be infinite. */
    static LossPayoff band(double lower, double upper) {
        if (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY) {
            return new LossPayoff(new double[0], new double[] {1}, new double[] {0});
        }
        if (lower == Double.NEGATIVE_INFINITY) {
            return new LossPayoff(new double[] {upper}, new double[] {1, 0}, new double[] {0, 0});
        }
        if (upper == Double.POSITIVE_INFINITY) {
            return new LossPayoff(new double[] {lower}, new double[] {0, 1}, new double[] {0, 0});
        }
        return new LossPayoff(new double[] {lower, upper}, new double[] {0, 1, 0}, new double[] {0, 0, 0});
    }

    double of(double loss) {
        int j = 0;
        while (j < kinks.length && loss > kinks[j]) {
            j++;
        }
        return intercepts[j] + slopes[j] * loss;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LossPayoff that && Arrays.equals(kinks, that.kinks)
                && Arrays.equals(intercepts, that.intercepts) && Arrays.equals(slopes, that.slopes);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(kinks) + Arrays.hashCode(intercepts)) + Arrays.hashCode(slopes);
    }

    @Override
    public String toString() {
        return "LossPayoff" + Arrays.toString(kinks);
    }
}
