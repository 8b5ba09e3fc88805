package io.clearstone.instruments.tranches;

import java.util.SplittableRandom;

/**
 * A seeded Monte Carlo of the one-factor Gaussian copula for pools a closed form does not fit (few names, different
 * sizes and default probabilities): in each path a common factor Y and an idiosyncratic εᵢ per name, name i defaults
 * when √ρ·Y + √(1 − ρ)·εᵢ < Φ⁻¹(pᵢ) and then loses LGDᵢ of its weight. It reports the mean tranche loss and its
 * standard error.
 */
final class GaussianCopulaMonteCarlo {

    private final double[] weight;
    private final double[] threshold;
    private final double[] lossGivenDefault;
    private final double correlation;

    /**
     * @param weights            each name's share of the pool (summing to 1)
     * @param defaultProbability each name's probability of default over the horizon
     */
    GaussianCopulaMonteCarlo(double[] weights, double[] defaultProbability, double[] lossGivenDefault,
                             double correlation) {
        this.weight = weights.clone();
        this.lossGivenDefault = lossGivenDefault.clone();
        this.correlation = correlation;
        this.threshold = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            threshold[i] = StandardNormal.inverse(defaultProbability[i]);
        }
    }

    Estimate expectedLoss(TrancheLoss tranche, int paths, long seed) {
        return expectation(tranche::of, paths, seed);
    }

    /** E[g(L)] for the pool's loss fraction L, with its standard error. */
    Estimate expectation(java.util.function.DoubleUnaryOperator g, int paths, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double systematic = Math.sqrt(correlation);
        double idiosyncratic = Math.sqrt(1 - correlation);
        double sum = 0;
        double sumOfSquares = 0;
        for (int path = 0; path < paths; path++) {
            double y = gaussian(random);
            double poolLoss = 0;
            for (int i = 0; i < weight.length; i++) {
                if (systematic * y + idiosyncratic * gaussian(random) < threshold[i]) {
                    poolLoss += weight[i] * lossGivenDefault[i];
                }
            }
            double loss = g.applyAsDouble(poolLoss);
            sum += loss;
            sumOfSquares += loss * loss;
        }
        double mean = sum / paths;
        double variance = Math.max(sumOfSquares / paths - mean * mean, 0) * paths / (paths - 1.0);
        return new Estimate(mean, Math.sqrt(variance / paths), paths);
    }

    /** Marsaglia's polar method, one of the pair (simple and exact). */
    private static double gaussian(SplittableRandom random) {
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

    /** A Monte Carlo estimate and its standard error. */
    record Estimate(double mean, double standardError, int paths) {
    }
}
