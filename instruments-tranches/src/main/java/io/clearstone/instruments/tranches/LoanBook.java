package io.clearstone.instruments.tranches;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.clearstone.instruments.spi.CreditPool;

/**
 * A pool's loans as the copula models take them, and the distribution of their loss fraction at each horizon asked
 * for, kept: a pool's analytics ask for the same distribution many times (each tranche, each loss bucket, each premium
 * date of the fair spread), and with 10,000 loans building it is what costs. What the loans lose depends only on the
 * loans and the correlation, never on the tranches, reserve or collateral, so one book serves every tranche.
 *
 * <p>The model: when the loans count as at least {@code largePoolNames} effective names (1 / Σ wᵢ², so a pool
 * dominated by a few large loans does not), the large pool limit (Vasicek's closed form for alike loans, its mixed
 * form otherwise); the exact finite pool for fewer equal loans; otherwise the seeded Monte Carlo.
 */
final class LoanBook {

    /** Horizons are at least this long (years), so that a matured pool still has a defined distribution. */
    static final double SHORTEST_HORIZON = 1e-6;

    private final double[] weight;
    private final double[] annualDefault;
    private final double[] lossGivenDefault;
    private final double correlation;
    private final boolean homogeneous;
    private final double effectiveNames;
    private final int largePoolNames;
    private final int paths;
    private final long seed;
    private final Map<Double, Distribution> byHorizon = new ConcurrentHashMap<>();
    private final List<Simulated> simulations = new ArrayList<>();
    private HomogeneousPool finitePool;
    private LargeMixedPool.Classes classes;

    private LoanBook(double[] weight, double[] annualDefault, double[] lossGivenDefault, double correlation,
                     boolean homogeneous, int largePoolNames, int paths, long seed) {
        this.weight = weight;
        this.annualDefault = annualDefault;
        this.lossGivenDefault = lossGivenDefault;
        this.correlation = correlation;
        this.homogeneous = homogeneous;
        this.largePoolNames = largePoolNames;
        this.paths = paths;
        this.seed = seed;
        double concentration = 0;
        for (double w : weight) {
            concentration += w * w;
        }
        this.effectiveNames = 1 / concentration;
    }

    /**
     * The pool's loans that can still default, weighted by their share of all its loans' par (loans that cannot
     * default still count in the par the tranche points are measured against); null if none can.
     */
    static LoanBook of(CreditPool pool, int largePoolNames, int paths, long seed) {
        double loanPar = 0;
        int allLoans = 0;
        for (CreditPool.Asset asset : pool.assets()) {
            if (!asset.isCollateral()) {
                loanPar += asset.par();
                allLoans++;
            }
        }
        List<CreditPool.Asset> loans = pool.assets().stream()
                .filter(a -> !a.isCollateral() && a.par() > 0 && a.defaultProbability() > 0 && a.recovery() < 1)
                .toList();
        if (loans.isEmpty() || loanPar <= 0) {
            return null;
        }
        int n = loans.size();
        double[] weight = new double[n];
        double[] annual = new double[n];
        double[] lgd = new double[n];
        boolean alike = true;
        boolean equalPar = true;
        CreditPool.Asset first = loans.get(0);
        for (int i = 0; i < n; i++) {
            CreditPool.Asset loan = loans.get(i);
            weight[i] = loan.par() / loanPar;
            annual[i] = loan.defaultProbability();
            lgd[i] = 1 - loan.recovery();
            alike &= loan.defaultProbability() == first.defaultProbability() && loan.recovery() == first.recovery();
            equalPar &= loan.par() == first.par();
        }
        return new LoanBook(weight, annual, lgd, pool.correlation(), alike && equalPar && n == allLoans,
                largePoolNames, paths, seed);
    }

    /**
     * The loss distribution by {@code years}, for a pool whose loans mature on average in {@code life} years (the
     * Monte Carlo simulates the premium dates of that life together, see {@link #horizonsFor}).
     */
    Distribution at(double years, double life) {
        double horizon = Math.max(years, SHORTEST_HORIZON);
        return byHorizon.computeIfAbsent(horizon, h -> build(h, life));
    }

    private Distribution build(double horizon, double life) {
        if (effectiveNames >= largePoolNames) {
            LargePool model = homogeneous
                    ? new VasicekLargePool(cumulative(annualDefault[0], horizon), correlation, lossGivenDefault[0])
                    : mixedPool(horizon);
            return payoff -> exact(model.expectation(payoff));
        }
        if (homogeneous) {
            HomogeneousPool model = finitePool();
            return payoff -> exact(model.expectation(payoff, horizon));
        }
        return simulated(horizon, life);
    }

    private LargeMixedPool mixedPool(double horizon) {
        LargeMixedPool.Classes classes = classes();
        double[] probability = new double[classes.defaultProbability().length];
        for (int g = 0; g < probability.length; g++) {
            probability[g] = cumulative(classes.defaultProbability()[g], horizon);
        }
        return new LargeMixedPool(classes.exposure(), probability, correlation);
    }

    /** The loans grouped by annual default probability and loss given default, once. */
    private synchronized LargeMixedPool.Classes classes() {
        if (classes == null) {
            classes = LargeMixedPool.Classes.of(weight, annualDefault, lossGivenDefault);
        }
        return classes;
    }

    private synchronized HomogeneousPool finitePool() {
        if (finitePool == null) {
            finitePool = new HomogeneousPool(weight.length, -Math.log1p(-annualDefault[0]), 1 - lossGivenDefault[0],
                    correlation);
        }
        return finitePool;
    }

    /** The Monte Carlo at one horizon, from a simulation of every horizon a valuation of the pool asks for. */
    private synchronized Distribution simulated(double horizon, double life) {
        for (Simulated simulated : simulations) {
            int index = Arrays.binarySearch(simulated.horizons, horizon);
            if (index >= 0) {
                return payoff -> simulated.simulation.expectation(index, payoff);
            }
        }
        TreeSet<Double> wanted = horizonsFor(life);
        wanted.add(horizon);
        double[] horizons = wanted.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] cumulativeDefault = new double[horizons.length][];
        for (int h = 0; h < horizons.length; h++) {
            cumulativeDefault[h] = cumulative(horizons[h]);
        }
        GaussianCopulaMonteCarlo.Simulation simulation = new GaussianCopulaMonteCarlo(weight, lossGivenDefault,
                correlation).simulate(cumulativeDefault, paths, seed);
        if (simulations.size() >= 2) {
            simulations.remove(0);
        }
        Simulated simulated = new Simulated(horizons, simulation);
        simulations.add(simulated);
        int index = Arrays.binarySearch(horizons, horizon);
        return payoff -> simulation.expectation(index, payoff);
    }

    /** The horizons a pool's analytics ask for: its remaining life and the fair spread's premium dates. */
    static TreeSet<Double> horizonsFor(double life) {
        TreeSet<Double> horizons = new TreeSet<>();
        horizons.add(Math.max(life, SHORTEST_HORIZON));
        for (double t : TrancheSpread.paymentTimes(Math.max(life, ResolvedTrancheNote.SHORTEST_LIFE),
                TrancheSpread.PREMIUMS_PER_YEAR)) {
            horizons.add(Math.max(t, SHORTEST_HORIZON));
        }
        return horizons;
    }

    private double[] cumulative(double years) {
        double[] cumulative = new double[annualDefault.length];
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] = cumulative(annualDefault[i], years);
        }
        return cumulative;
    }

    /** 1 − (1 − p)^T: −expm1(T·log1p(−p)) keeps precision near 0, the clamp keeps Φ⁻¹ finite near 1. */
    private static double cumulative(double annual, double years) {
        return Math.min(Math.max(-Math.expm1(years * Math.log1p(-annual)), 1e-15), 1 - 1e-15);
    }

    private static GaussianCopulaMonteCarlo.Estimate exact(double value) {
        return new GaussianCopulaMonteCarlo.Estimate(value, 0, 0);
    }

    /** The loans' loss fraction at one horizon, as the pricer queries it. */
    interface Distribution {
        GaussianCopulaMonteCarlo.Estimate expectation(LossPayoff payoff);
    }

    private record Simulated(double[] horizons, GaussianCopulaMonteCarlo.Simulation simulation) {
    }
}
