package io.clearstone.instruments.tranches;

/**
 * A seeded Monte Carlo of the one-factor Gaussian copula for pools a closed form does not fit (few names, different
 * sizes and default probabilities): in each path a common factor Y and an idiosyncratic εᵢ per name, and name i has
 * defaulted by horizon h when √ρ·Y + √(1 − ρ)·εᵢ &lt; Φ⁻¹(pᵢ(h)), losing LGDᵢ of its weight. It reports mean payoffs
 * and their standard errors.
 *
 * <p>One simulation serves every horizon asked for at once: a name's latent variable is drawn once per path and
 * compared with its threshold at each horizon (the thresholds rise with the horizon, so the first horizon it falls
 * below is its default time). The draws do not depend on the horizons, so a horizon's estimate is the same whatever
 * other horizons are simulated with it, and the seed makes every valuation repeat exactly.
 */
final class GaussianCopulaMonteCarlo {

    private final double[] weight;
    private final double[] lossGivenDefault;
    private final double correlation;

    GaussianCopulaMonteCarlo(double[] weights, double[] lossGivenDefault, double correlation) {
        if (weights.length != lossGivenDefault.length) {
            throw new IllegalArgumentException("one loss given default per name");
        }
        this.weight = weights.clone();
        this.lossGivenDefault = lossGivenDefault.clone();
        this.correlation = correlation;
    }

    /**
     * @param cumulativeDefault for each horizon (ascending), each name's probability of default by then
     */
    Simulation simulate(double[][] cumulativeDefault, int paths, long seed) {
        int horizons = cumulativeDefault.length;
        int names = weight.length;
        // thresholds name by name, horizons adjacent: the inner loop reads them in order
        double[] threshold = new double[names * horizons];
        double[] lastThreshold = new double[names];
        double[] loss = new double[names];
        for (int i = 0; i < names; i++) {
            for (int h = 0; h < horizons; h++) {
                threshold[i * horizons + h] = StandardNormal.inverse(cumulativeDefault[h][i]);
            }
            lastThreshold[i] = threshold[i * horizons + horizons - 1];
            loss[i] = weight[i] * lossGivenDefault[i];
        }
        ZigguratNormal normal = new ZigguratNormal(seed);
        double systematic = Math.sqrt(correlation);
        double idiosyncratic = Math.sqrt(1 - correlation);
        double[][] poolLoss = new double[horizons][paths];
        double[] firstLoss = new double[horizons];
        for (int path = 0; path < paths; path++) {
            java.util.Arrays.fill(firstLoss, 0);
            double common = systematic * normal.next();
            for (int i = 0; i < names; i++) {
                double latent = common + idiosyncratic * normal.next();
                if (latent < lastThreshold[i]) {
                    int h = i * horizons;
                    while (latent >= threshold[h]) {
                        h++;
                    }
                    firstLoss[h - i * horizons] += loss[i];
                }
            }
            double cumulative = 0;
            for (int h = 0; h < horizons; h++) {
                cumulative += firstLoss[h];
                poolLoss[h][path] = cumulative;
            }
        }
        return new Simulation(poolLoss);
    }

    /** The pool's loss fraction in each path by each horizon. */
    static final class Simulation {

        private final double[][] poolLoss;

        Simulation(double[][] poolLoss) {
            this.poolLoss = poolLoss;
        }

        /** E[g(L)] at the horizon's index, with its standard error. */
        Estimate expectation(int horizon, LossPayoff payoff) {
            double[] losses = poolLoss[horizon];
            int paths = losses.length;
            double sum = 0;
            double sumOfSquares = 0;
            for (double loss : losses) {
                double value = payoff.of(loss);
                sum += value;
                sumOfSquares += value * value;
            }
            double mean = sum / paths;
            double variance = Math.max(sumOfSquares / paths - mean * mean, 0) * paths / (paths - 1.0);
            return new Estimate(mean, Math.sqrt(variance / paths), paths);
        }
    }

    /** A Monte Carlo estimate and its standard error. */
    record Estimate(double mean, double standardError, int paths) {
    }
}
