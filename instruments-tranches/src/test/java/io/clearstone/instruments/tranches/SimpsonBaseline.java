package io.clearstone.instruments.tranches;

import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/**
 * The tranche pricer's former algorithms, kept for comparison (accuracy test, benchmark): composite Simpson over the
 * factor on [−10, 10] with a fixed number of intervals and no split at the payoff's kinks, the mixed large pool's
 * loss summed loan by loan at every node, and a Monte Carlo re-run for every expectation with the polar method (one
 * normal of each pair).
 */
final class SimpsonBaseline {

    private SimpsonBaseline() {
    }

    static double expectation(DoubleUnaryOperator conditional, int intervals) {
        double h = 20.0 / intervals;
        double sum = 0;
        for (int k = 0; k <= intervals; k++) {
            double y = -10 + k * h;
            double weight = k == 0 || k == intervals ? 1 : k % 2 == 1 ? 4 : 2;
            sum += weight * conditional.applyAsDouble(y) * StandardNormal.density(y);
        }
        return sum * h / 3;
    }

    /** The former Vasicek pool: 4,000 Simpson intervals. */
    static double vasicek(double p, double rho, double lgd, TrancheLoss tranche) {
        double threshold = StandardNormal.inverse(p);
        return expectation(y -> tranche.of(lgd * CommonFactor.conditionalDefault(threshold, rho, y)), 4_000);
    }

    /** The former mixed large pool: 2,000 Simpson intervals, every loan at every node. */
    static double mixed(double[] weight, double[] probability, double[] lgd, double rho, TrancheLoss tranche) {
        double[] threshold = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            threshold[i] = StandardNormal.inverse(probability[i]);
        }
        return expectation(y -> {
            double loss = 0;
            for (int i = 0; i < weight.length; i++) {
                loss += weight[i] * lgd[i] * CommonFactor.conditionalDefault(threshold[i], rho, y);
            }
            return tranche.of(loss);
        }, 2_000);
    }

    /** The former Monte Carlo: one horizon, one payoff, polar normals. */
    static double monteCarlo(double[] weight, double[] probability, double[] lgd, double rho, TrancheLoss tranche,
                             int paths, long seed) {
        double[] threshold = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            threshold[i] = StandardNormal.inverse(probability[i]);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double systematic = Math.sqrt(rho);
        double idiosyncratic = Math.sqrt(1 - rho);
        double sum = 0;
        for (int path = 0; path < paths; path++) {
            double y = polar(random);
            double poolLoss = 0;
            for (int i = 0; i < weight.length; i++) {
                if (systematic * y + idiosyncratic * polar(random) < threshold[i]) {
                    poolLoss += weight[i] * lgd[i];
                }
            }
            sum += tranche.of(poolLoss);
        }
        return sum / paths;
    }

    private static double polar(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
