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
        Classes classes = Classes.of(cumulativeDefault);
        return classes.count() * NAMES_PER_CLASS <= weight.length
                ? simulateByClass(classes, paths, seed) : simulateByName(cumulativeDefault, paths, seed);
    }

    /** Below this many names per default-probability class, drawing each name's latent variable is cheaper. */
    private static final int NAMES_PER_CLASS = 64;

    /** Each name's latent variable √ρ·Y + √(1 − ρ)·εᵢ, compared with its threshold Φ⁻¹(pᵢ(h)). */
    private Simulation simulateByName(double[][] cumulativeDefault, int paths, long seed) {
        int horizons = cumulativeDefault.length;
        int names = weight.length;
        // thresholds name by name, horizons adjacent: the inner loop reads them in order
        double[] threshold = new double[names * horizons];
        double[] lastThreshold = new double[names];
        for (int i = 0; i < names; i++) {
            for (int h = 0; h < horizons; h++) {
                threshold[i * horizons + h] = StandardNormal.inverse(cumulativeDefault[h][i]);
            }
            lastThreshold[i] = threshold[i * horizons + horizons - 1];
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
                    firstLoss[h - i * horizons] += weight[i] * lossGivenDefault[i];
                }
            }
            accumulate(firstLoss, poolLoss, path);
        }
        return new Simulation(poolLoss);
    }

    /**
     * The same copula drawn another way when many names share a default probability: given Y, the names of a class
     * default independently with the same probability q(h | Y) = Φ((Φ⁻¹(p(h)) − √ρ·Y) / √(1 − ρ)), computed once per
     * class and path (at the earlier horizons only for classes with a default in the path). Which of a class's names
     * default by the last horizon is a Bernoulli(q) sequence: where q is small the gaps between defaults are drawn
     * (geometric, ⌊ln(1 − U) / ln(1 − q)⌋ names skipped), else one uniform per name, of which 16 leading bits
     * nearly always decide; a defaulted name's uniform on [0, q) then picks the first horizon h with U &lt; q(h | Y).
     */
    private Simulation simulateByClass(Classes classes, int paths, long seed) {
        int horizons = classes.threshold()[0].length;
        int count = classes.count();
        int[][] members = classes.members();
        double[] loss = new double[weight.length];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = weight[i] * lossGivenDefault[i];
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        ZigguratNormal normal = new ZigguratNormal(random);
        double systematic = Math.sqrt(correlation);
        double scale = 1 / Math.sqrt(1 - correlation);
        double[][] poolLoss = new double[horizons][paths];
        double[] firstLoss = new double[horizons];
        double[] bound = new double[horizons];
        for (int path = 0; path < paths; path++) {
            java.util.Arrays.fill(firstLoss, 0);
            double common = systematic * normal.next();
            for (int g = 0; g < count; g++) {
                double[] threshold = classes.threshold()[g];
                double q = StandardNormal.cdf((threshold[horizons - 1] - common) * scale);
                if (q <= 0) {
                    continue;
                }
                bound[horizons - 1] = q;
                boolean bounded = horizons == 1;
                int[] names = members[g];
                if (q < SKIP_BELOW) {
                    double logSurvival = Math.log1p(-q);
                    for (int k = -1; ; ) {
                        double skipped = Math.log1p(-random.nextDouble()) / logSurvival;
                        if (skipped >= names.length - 1 - k) {
                            break;
                        }
                        k += 1 + (int) skipped;
                        if (!bounded) {
                            bound(threshold, common, scale, bound);
                            bounded = true;
                        }
                        firstLoss[firstBelow(random.nextDouble() * q, bound)] += loss[names[k]];
                    }
                } else {
                    // each name's uniform U = (u + V) / 2¹⁶: its leading 16 bits u, four names to a random long,
                    // decide unless u = ⌊q·2¹⁶⌋; the rest V is drawn only then and for defaulted names
                    long leading = (long) (q * 65536.0);
                    long bits = 0;
                    int used = 4;
                    for (int name : names) {
                        if (used == 4) {
                            bits = random.nextLong();
                            used = 0;
                        }
                        long u = (bits >>> (16 * used++)) & 0xFFFF;
                        if (u > leading) {
                            continue;
                        }
                        double uniform = (u + random.nextDouble()) / 65536.0;
                        if (uniform < q) {
                            if (!bounded) {
                                bound(threshold, common, scale, bound);
                                bounded = true;
                            }
                            firstLoss[firstBelow(uniform, bound)] += loss[name];
                        }
                    }
                }
            }
            accumulate(firstLoss, poolLoss, path);
        }
        return new Simulation(poolLoss);
    }

    /** Below this conditional default probability the gaps between a class's defaults are drawn. */
    private static final double SKIP_BELOW = 0.1;

    /** q(h | Y) at every horizon but the last (already there). */
    private static void bound(double[] threshold, double common, double scale, double[] bound) {
        for (int h = 0; h < threshold.length - 1; h++) {
            bound[h] = StandardNormal.cdf((threshold[h] - common) * scale);
        }
    }

    private static int firstBelow(double uniform, double[] bound) {
        int h = 0;
        while (uniform >= bound[h]) {
            h++;
        }
        return h;
    }

    private static void accumulate(double[] firstLoss, double[][] poolLoss, int path) {
        double cumulative = 0;
        for (int h = 0; h < firstLoss.length; h++) {
            cumulative += firstLoss[h];
            poolLoss[h][path] = cumulative;
        }
    }

    /** Names grouped by their default probabilities at every horizon, with each group's thresholds Φ⁻¹(p(h)). */
    private record Classes(int[] classOf, double[][] threshold) {

        int count() {
            return threshold.length;
        }

        /** Each class's names, in order. */
        int[][] members() {
            int[] sizes = new int[count()];
            for (int g : classOf) {
                sizes[g]++;
            }
            int[][] members = new int[count()][];
            for (int g = 0; g < members.length; g++) {
                members[g] = new int[sizes[g]];
            }
            int[] filled = new int[count()];
            for (int i = 0; i < classOf.length; i++) {
                members[classOf[i]][filled[classOf[i]]++] = i;
            }
            return members;
        }

        static Classes of(double[][] cumulativeDefault) {
            int names = cumulativeDefault[0].length;
            int horizons = cumulativeDefault.length;
            java.util.Map<java.util.List<Double>, Integer> index = new java.util.HashMap<>();
            java.util.List<double[]> thresholds = new java.util.ArrayList<>();
            int[] classOf = new int[names];
            for (int i = 0; i < names; i++) {
                java.util.List<Double> column = new java.util.ArrayList<>(horizons);
                for (double[] byHorizon : cumulativeDefault) {
                    column.add(byHorizon[i]);
                }
                Integer known = index.get(column);
                if (known == null) {
                    known = thresholds.size();
                    index.put(column, known);
                    double[] threshold = new double[horizons];
                    for (int h = 0; h < horizons; h++) {
                        threshold[h] = StandardNormal.inverse(column.get(h));
                    }
                    thresholds.add(threshold);
                }
                classOf[i] = known;
            }
            return new Classes(classOf, thresholds.toArray(new double[0][]));
        }
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
