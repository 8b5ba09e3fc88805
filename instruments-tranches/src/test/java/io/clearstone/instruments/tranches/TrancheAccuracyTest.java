package io.clearstone.instruments.tranches;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: every standard tranche's expected loss of a Vasicek large pool within 1e-9 absolute of a reference
 * quadrature ({@link ReferenceQuadrature}, accurate to about 1e-15), over PD 0.5–20%, ρ 0.05–0.9 and recovery 0–70%.
 * The former Simpson rule, which did not split at the kinks, missed that by orders of magnitude.
 */
class TrancheAccuracyTest {

    private static final double[][] TRANCHES = {{0, 0.03}, {0.03, 0.07}, {0.07, 0.10}, {0.10, 0.15}, {0.15, 0.30},
            {0.30, 1}};
    private static final ReferenceQuadrature REFERENCE = new ReferenceQuadrature(64);

    static Stream<Arguments> pools() {
        List<Arguments> pools = new ArrayList<>();
        for (double pd : new double[] {0.005, 0.01, 0.02, 0.05, 0.1, 0.2}) {
            for (double rho : new double[] {0.05, 0.15, 0.3, 0.5, 0.7, 0.9}) {
                for (double recovery : new double[] {0, 0.4, 0.7}) {
                    pools.add(Arguments.of(pd, rho, recovery));
                }
            }
        }
        return pools.stream();
    }

    /** Vasicek's L(y), written here rather than taken from the pricer. */
    private static DoubleUnaryOperator vasicekLoss(double pd, double rho, double lgd) {
        double threshold = StandardNormal.inverse(pd);
        return y -> lgd * StandardNormal.cdf((threshold - Math.sqrt(rho) * y) / Math.sqrt(1 - rho));
    }

    @ParameterizedTest(name = "PD {0}, ρ {1}, recovery {2}")
    @MethodSource("pools")
    void everyStandardTrancheIsWithinOneBillionthOfTheReference(double pd, double rho, double recovery) {
        VasicekLargePool pool = new VasicekLargePool(pd, rho, 1 - recovery);
        for (double[] points : TRANCHES) {
            TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
            double expected = REFERENCE.trancheLoss(vasicekLoss(pd, rho, 1 - recovery), tranche);
            assertThat(Math.abs(pool.expectedLoss(tranche) - expected)).as("%s: %s", tranche, expected)
                    .isLessThan(1e-9);
        }
    }

    /**
     * The test tells: on the same grid the former rule (Simpson, 4,000 intervals, kinks ignored) is up to 1.8e-5 off
     * (PD 20%, ρ 0.9, recovery 0, 7–10%); the pricer's worst is 4.3e-15.
     */
    @Test
    void theFormerSimpsonRuleMissesTheTolerance() {
        double worst = pools().mapToDouble(arguments -> {
            Object[] pool = arguments.get();
            double pd = (double) pool[0];
            double rho = (double) pool[1];
            double lgd = 1 - (double) pool[2];
            double worstOfPool = 0;
            for (double[] points : TRANCHES) {
                TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
                worstOfPool = Math.max(worstOfPool, Math.abs(SimpsonBaseline.vasicek(pd, rho, lgd, tranche)
                        - REFERENCE.trancheLoss(vasicekLoss(pd, rho, lgd), tranche)));
            }
            return worstOfPool;
        }).max().orElseThrow();

        assertThat(worst).isGreaterThan(1e-5);
    }

    @ParameterizedTest(name = "PD {0}, ρ {1}, recovery {2}")
    @CsvSource({"0.005, 0.05, 0", "0.05, 0.3, 0.4", "0.2, 0.9, 0.7", "0.02, 0.7, 0.4"})
    void theReferenceHasConverged(double pd, double rho, double recovery) {
        ReferenceQuadrature halved = new ReferenceQuadrature(128);
        for (double[] points : TRANCHES) {
            TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
            DoubleUnaryOperator loss = vasicekLoss(pd, rho, 1 - recovery);
            assertThat(Math.abs(REFERENCE.trancheLoss(loss, tranche) - halved.trancheLoss(loss, tranche)))
                    .isLessThan(2e-16);
        }
    }

    /** The reference's (and the pricer's) Φ against 40-digit apfloat, centre and tails: a few units of 1e-15. */
    @Test
    void theNormalDistributionAgreesWithFortyDigits() {
        for (double x : new double[] {-9, -5.5, -2.3263478740408408, -1, -0.1, 0.3, 1.6448536269514722, 4}) {
            Apfloat exact = ApfloatMath.erfc(new Apfloat(-x, 40).divide(ApfloatMath.sqrt(new Apfloat(2, 40))))
                    .divide(new Apfloat(2, 40));
            assertThat(Math.abs(StandardNormal.cdf(x) / exact.doubleValue() - 1)).as("Φ(%s)", x).isLessThan(1e-14);
        }
    }

    /** Three classes of loans: the kinks found by Newton's method instead of the closed form. */
    @ParameterizedTest(name = "ρ {0}")
    @CsvSource({"0.05", "0.3", "0.9"})
    void theMixedLargePoolIsWithinOneBillionthOfTheReference(double rho) {
        double[] weight = {0.5, 0.3, 0.2};
        double[] pd = {0.01, 0.05, 0.15};
        double[] lgd = {0.6, 0.4, 0.9};
        LargeMixedPool pool = LargeMixedPool.of(weight, pd, lgd, rho);
        DoubleUnaryOperator loss = y -> {
            double sum = 0;
            for (int i = 0; i < weight.length; i++) {
                sum += weight[i] * lgd[i] * StandardNormal.cdf((StandardNormal.inverse(pd[i]) - Math.sqrt(rho) * y)
                        / Math.sqrt(1 - rho));
            }
            return sum;
        };
        for (double[] points : TRANCHES) {
            TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
            assertThat(Math.abs(pool.expectedLoss(tranche) - REFERENCE.trancheLoss(loss, tranche))).as("%s", tranche)
                    .isLessThan(1e-9);
        }
    }

    /**
     * The finite pool has no kinks in the factor (its loss takes n + 1 values), so its reference integrates the
     * binomial expectation of the payoff directly, on a smooth integrand.
     */
    @ParameterizedTest(name = "{0} names, ρ {1}")
    @CsvSource({"20, 0.3", "100, 0.05", "100, 0.6", "1000, 0.3"})
    void theFinitePoolIsWithinOneBillionthOfTheReference(int names, double rho) {
        double hazard = 0.02;
        double recovery = 0.4;
        double years = 3;
        HomogeneousPool pool = new HomogeneousPool(names, hazard, recovery, rho);
        double threshold = StandardNormal.inverse(-Math.expm1(-hazard * years));
        for (double[] points : TRANCHES) {
            TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
            DoubleUnaryOperator integrand = y -> {
                double p = StandardNormal.cdf((threshold - Math.sqrt(rho) * y) / Math.sqrt(1 - rho));
                if (p == 0 || p == 1) {
                    return tranche.of((1 - recovery) * p) * StandardNormal.density(y);
                }
                double sum = 0;
                double logChoose = 0;
                for (int j = 0; j <= names; j++) {
                    if (j > 0) {
                        logChoose += Math.log((double) (names - j + 1) / j);
                    }
                    sum += Math.exp(logChoose + j * Math.log(p) + (names - j) * Math.log1p(-p))
                            * tranche.of((1 - recovery) * j / names);
                }
                return sum * StandardNormal.density(y);
            };
            double expected = REFERENCE.integral(integrand, -12, 12);
            assertThat(Math.abs(pool.expectedLoss(tranche, years) - expected)).as("%s", tranche).isLessThan(1e-9);
        }
    }

    /** Too many names for the reference's loop: halving the panels changes no tranche loss of 10,000 names. */
    @ParameterizedTest(name = "ρ {0}")
    @CsvSource({"0.05", "0.3", "0.9"})
    void theFinitePoolOfTenThousandNamesHasConverged(double rho) {
        HomogeneousPool pool = new HomogeneousPool(10_000, 0.02, 0.4, rho);
        HomogeneousPool halved = new HomogeneousPool(10_000, 0.02, 0.4, rho, 2);
        for (double[] points : TRANCHES) {
            TrancheLoss tranche = new TrancheLoss(points[0], points[1]);
            assertThat(Math.abs(pool.expectedLoss(tranche, 3) - halved.expectedLoss(tranche, 3))).as("%s", tranche)
                    .isLessThan(1e-12);
        }
    }
}
