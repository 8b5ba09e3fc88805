package io.clearstone.instruments.options;

/**
 * Test reference: the normal distribution by series and continued fraction (slow, independent of Cody's constants).
 *
 * The standard normal distribution to close to machine precision, in the tails too: the complementary error
 * function is summed as a series below 2 and as a continued fraction above, where 1 − erf would lose the digits that
 * deep out-of-the-money prices are made of.
 */
final class SeriesGaussian {

    private static final double SQRT_2 = Math.sqrt(2);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
    private static final double SERIES_LIMIT = 2.0;

    private SeriesGaussian() {
    }

    static double pdf(double x) {
        return Math.exp(-0.5 * x * x) / SQRT_2PI;
    }

    /** P(Z ≤ x). */
    static double cdf(double x) {
        return 0.5 * erfc(-x / SQRT_2);
    }

    static double erfc(double x) {
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < SERIES_LIMIT) {
            return 1 - erfSeries(x);
        }
        return Math.exp(-x * x) * erfcxContinuedFraction(x);
    }

    /** The scaled complementary error function exp(x²)·erfc(x), for x ≥ 0, without overflow or underflow. */
    static double erfcx(double x) {
        if (x < SERIES_LIMIT) {
            return Math.exp(x * x) * (1 - erfSeries(x));
        }
        return erfcxContinuedFraction(x);
    }

    /** erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ x / (1·3·…·(2n+1)): every term positive, so nothing cancels. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double twoXSquared = 2 * x * x;
        for (int n = 1; n < 200; n++) {
            term *= twoXSquared / (2 * n + 1);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x * x) * sum;
    }

    /** exp(x²)·erfc(x) = 1/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method. */
    private static double erfcxContinuedFraction(double x) {
        double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 5000; n++) {
            double a = n / 2.0;
            d = x + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = x + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return 1 / (f * SQRT_PI);
    }
}
