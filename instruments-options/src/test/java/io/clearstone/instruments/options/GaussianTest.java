package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void knownValues() {
        // relative 1e-15: a few ulps
        assertThat(Gaussian.erfc(1)).isCloseTo(0.15729920705028513, within(1e-15 * 0.157));
        assertThat(Gaussian.erfc(3)).isCloseTo(2.209049699858544e-05, within(1e-15 * 2.2e-5));
        // the argument −5/√2 is itself rounded, which costs a few more ulps in the far tail
        assertThat(Gaussian.cdf(-5)).isCloseTo(2.866515718791939e-07, within(5e-15 * 2.9e-7));
        assertThat(Gaussian.cdf(0)).isEqualTo(0.5);
    }

    @Test
    /** The reference loses about two digits where its series hands over to its continued fraction (x ≈ 2). */
    void agreesWithAnIndependentSeriesAndContinuedFractionToTwelveDigits() {
        double worst = 0;
        for (double x = -26; x <= 26; x += 0.01) {
            double reference = SeriesGaussian.erfc(x);
            worst = Math.max(worst, Math.abs(Gaussian.erfc(x) - reference) / reference);
        }
        for (double x = 0; x <= 30; x += 0.01) {
            double reference = SeriesGaussian.erfcx(x);
            worst = Math.max(worst, Math.abs(Gaussian.erfcx(x) - reference) / reference);
        }
        assertThat(worst).isLessThan(1e-12);
    }
}
