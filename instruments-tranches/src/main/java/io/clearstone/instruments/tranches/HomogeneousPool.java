package io.clearstone.instruments.tranches;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A finite pool of n equal names in the one-factor Gaussian copula: given the common factor Y, defaults by time t are
 * binomial(n, p(t | Y)) with p(t | Y) = Φ((Φ⁻¹(Q(t)) − √ρ·Y) / √(1 − ρ)) and Q(t) = 1 − e^{−λt}; each default loses
 * (1 − recovery) / n of the pool.
 *
 * <p>The pool's loss takes only the values j·(1 − R)/n, so the payoff is applied to those values and nothing kinks in
 * the factor: P(N = j) = ∫ binomial(j; n, p(t | y)) φ(y) dy has a smooth integrand ({@link CommonFactor}). The
 * distribution of N is computed once per horizon and serves every payoff. Near p(t | y) = j/n the binomial
 * probability is a peak about √(p(1 − p)/n)/|∂p/∂y| wide in y, so the panels narrow as 1/√n (to about
 * two such widths: 20 nodes resolve that to rounding).
 */
final class HomogeneousPool {

    /** Terms of the binomial distribution below this share of its largest are left out. */
    private static final double NEGLIGIBLE = 1e-20;

    private final int names;
    private final double hazardRate;
    private final double recovery;
    private final double correlation;
    private final double panelScale;
    private final double[] logFactorial;
    private final Map<Double, double[]> defaultsByHorizon = new ConcurrentHashMap<>();

    HomogeneousPool(int names, double hazardRate, double recovery, double correlation) {
        this(names, hazardRate, recovery, correlation, 4);
    }

    /** @param panelScale panels are {@code panelScale / √n} of a large pool's wide (a test checks halving them) */
    HomogeneousPool(int names, double hazardRate, double recovery, double correlation, double panelScale) {
        if (names < 1 || !(hazardRate > 0) || !(recovery >= 0 && recovery < 1) || !(correlation >= 0
                && correlation < 1)) {
            throw new IllegalArgumentException("need n ≥ 1, λ > 0, 0 ≤ R < 1, 0 ≤ ρ < 1");
        }
        this.names = names;
        this.hazardRate = hazardRate;
        this.recovery = recovery;
        this.correlation = correlation;
        this.panelScale = panelScale;
        this.logFactorial = new double[names + 1];
        for (int j = 1; j <= names; j++) {
            logFactorial[j] = logFactorial[j - 1] + Math.log(j);
        }
    }

    /** The tranche's expected loss by time t (years), as a fraction of its size. */
    double expectedLoss(TrancheLoss tranche, double years) {
        return expectation(LossPayoff.of(tranche), years);
    }

    /** E[g(L)] for the pool's loss fraction L by time t (years). */
    double expectation(LossPayoff payoff, double years) {
        double[] defaults = defaultDistribution(years);
        double expectation = 0;
        for (int j = 0; j <= names; j++) {
            if (defaults[j] != 0) {
                expectation += defaults[j] * payoff.of((1 - recovery) * j / names);
            }
        }
        return expectation;
    }

    /** P(N = j) for j = 0 … n: how many names default by time t (years). */
    double[] defaultDistribution(double years) {
        return defaultsByHorizon.computeIfAbsent(years, this::computeDefaultDistribution).clone();
    }

    private double[] computeDefaultDistribution(double years) {
        double threshold = StandardNormal.inverse(Math.min(Math.max(-Math.expm1(-hazardRate * years), 1e-15),
                1 - 1e-15));
        double[] distribution = new double[names + 1];
        if (correlation <= 0) {
            addBinomial(CommonFactor.conditionalDefault(threshold, 0, 0), 1, distribution);
            return distribution;
        }
        double width = CommonFactor.panelWidth(correlation) * Math.min(1, panelScale / Math.sqrt(names));
        // the quadrature weights, node by node: one binomial distribution per node, added with its weight
        CommonFactor.forEachNode(-CommonFactor.RANGE, CommonFactor.RANGE, width, (y, weight) -> addBinomial(
                CommonFactor.conditionalDefault(threshold, correlation, y), weight, distribution));
        return distribution;
    }

    /** Adds weight · binomial(n, p) to the distribution, from its mode outward until the terms are negligible. */
    private void addBinomial(double p, double weight, double[] distribution) {
        if (p <= 0) {
            distribution[0] += weight;
            return;
        }
        if (p >= 1) {
            distribution[names] += weight;
            return;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        int mode = (int) Math.min(names, Math.floor((names + 1) * p));
        double peak = Math.exp(logFactorial[names] - logFactorial[mode] - logFactorial[names - mode]
                + mode * logP + (names - mode) * logQ);
        double odds = p / (1 - p);
        distribution[mode] += weight * peak;
        double term = peak;
        for (int j = mode + 1; j <= names && term > NEGLIGIBLE * peak; j++) {
            term *= odds * (names - j + 1) / j;
            distribution[j] += weight * term;
        }
        term = peak;
        for (int j = mode - 1; j >= 0 && term > NEGLIGIBLE * peak; j--) {
            term *= (j + 1) / (odds * (names - j));
            distribution[j] += weight * term;
        }
    }
}
