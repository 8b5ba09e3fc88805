package io.clearstone.instruments.tranches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class VasicekAndMonteCarloTest {

    @Test
    void theNormalDistributionIsRight() {
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-15));
        assertThat(StandardNormal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-14));
        assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316301, within(1e-15));
        assertThat(StandardNormal.inverse(0.05)).isCloseTo(-1.6448536269514729, within(1e-12));
        assertThat(StandardNormal.inverse(StandardNormal.cdf(-7.5))).isCloseTo(-7.5, within(1e-9));
    }

    @Test
    void largePoolTrancheLossesMatchThePublishedValues() {
        // PD 5%, correlation 0.3, LGD 60%: 0–3% loses 54.11% of itself on average, 3–7% 19.58%
        VasicekLargePool pool = new VasicekLargePool(0.05, 0.3, 0.6);
        assertThat(pool.expectedLoss(new TrancheLoss(0, 0.03))).isCloseTo(0.5411, within(5e-5));
        assertThat(pool.expectedLoss(new TrancheLoss(0.03, 0.07))).isCloseTo(0.1958, within(5e-5));
        // the whole pool loses PD × LGD
        assertThat(pool.expectedLoss(new TrancheLoss(0, 1))).isCloseTo(0.05 * 0.6, within(1e-9));
    }

    @Test
    void monteCarloAgreesWithTheClosedFormOnALargeHomogeneousPoolWithinThreeStandardErrors() {
        int names = 2_000;
        double[] weights = new double[names];
        double[] pd = new double[names];
        double[] lgd = new double[names];
        Arrays.fill(weights, 1.0 / names);
        Arrays.fill(pd, 0.05);
        Arrays.fill(lgd, 0.6);
        GaussianCopulaMonteCarlo.Simulation simulation = new GaussianCopulaMonteCarlo(weights, lgd, 0.3)
                .simulate(new double[][] {pd}, 10_000, 42);
        VasicekLargePool pool = new VasicekLargePool(0.05, 0.3, 0.6);
        for (TrancheLoss tranche : new TrancheLoss[] {new TrancheLoss(0, 0.03), new TrancheLoss(0.03, 0.07)}) {
            GaussianCopulaMonteCarlo.Estimate estimate = simulation.expectation(0, LossPayoff.of(tranche));
            assertThat(estimate.standardError()).isPositive().isLessThan(0.01);
            assertThat(Math.abs(estimate.mean() - pool.expectedLoss(tranche)))
                    .isLessThanOrEqualTo(3 * estimate.standardError());
        }
    }

    /** A horizon's estimate does not depend on which other horizons are simulated with it. */
    @Test
    void aHorizonsEstimateIsTheSameWhateverHorizonsAreSimulatedWithIt() {
        double[] weights = {0.2, 0.3, 0.5};
        double[] lgd = {0.6, 0.5, 0.4};
        double[] oneYear = {0.02, 0.05, 0.1};
        double[] threeYears = {0.06, 0.14, 0.27};
        GaussianCopulaMonteCarlo monteCarlo = new GaussianCopulaMonteCarlo(weights, lgd, 0.3);
        LossPayoff equity = LossPayoff.of(new TrancheLoss(0, 0.1));

        var both = monteCarlo.simulate(new double[][] {oneYear, threeYears}, 5_000, 3);
        var alone = monteCarlo.simulate(new double[][] {threeYears}, 5_000, 3);

        assertThat(both.expectation(1, equity)).isEqualTo(alone.expectation(0, equity));
        assertThat(both.expectation(0, equity).mean()).isLessThan(both.expectation(1, equity).mean());
    }

    /** The same with many names in two default-probability classes (drawn by class, uniforms against p(h | Y)). */
    @Test
    void aHorizonsEstimateIsTheSameWhateverHorizonsAreSimulatedWithItWhenDrawnByClass() {
        int names = 256;
        double[] weights = new double[names];
        double[] lgd = new double[names];
        double[] oneYear = new double[names];
        double[] threeYears = new double[names];
        for (int i = 0; i < names; i++) {
            weights[i] = 1.0 / names;
            lgd[i] = 0.6;
            oneYear[i] = i % 2 == 0 ? 0.02 : 0.05;
            threeYears[i] = i % 2 == 0 ? 0.06 : 0.14;
        }
        GaussianCopulaMonteCarlo monteCarlo = new GaussianCopulaMonteCarlo(weights, lgd, 0.3);
        LossPayoff equity = LossPayoff.of(new TrancheLoss(0, 0.05));

        var both = monteCarlo.simulate(new double[][] {oneYear, threeYears}, 5_000, 3);
        var alone = monteCarlo.simulate(new double[][] {threeYears}, 5_000, 3);

        assertThat(both.expectation(1, equity)).isEqualTo(alone.expectation(0, equity));
        assertThat(both.expectation(0, equity).mean()).isLessThan(both.expectation(1, equity).mean());
    }
}
