package io.clearstone.instruments.tranches;

/**
 * The standard normal distribution as the copula needs it. Φ from the complementary error function by its
 * Chebyshev expansion (about 1e-16 relative over the real line); Φ⁻¹ by Newton steps on Φ from the Abramowitz &
 * Stegun rational approximation, to 1e-14.
 */
final class StandardNormal {

    private static final double[] COEFFICIENTS = {-1.3026537197817094, 6.4196979235649026e-1,
            1.9476473204185836e-2, -9.561514786808631e-3, -9.46595344482036e-4, 3.66839497852761e-4,
            4.2523324806907e-5, -2.0278578112534e-5, -1.624290004647e-6, 1.303655835580e-6, 1.5626441722e-8,
            -8.5238095915e-8, 6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11,
            2.394038e-12, -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15,
            -9.4e-17, 1.21e-16, -2.8e-17};

    private StandardNormal() {
    }

    static double cdf(double x) {
        return x >= 0 ? 1 - 0.5 * erfc(x / Math.sqrt(2)) : 0.5 * erfc(-x / Math.sqrt(2));
    }

    static double density(double x) {
        return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    }

    static double inverse(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1: " + p);
        }
        // Abramowitz & Stegun 26.2.23 (error below 4.5e-4) as the start, then Newton on Φ
        double tail = Math.min(p, 1 - p);
        double t = Math.sqrt(-2 * Math.log(tail));
        double start = t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        double x = p < 0.5 ? -start : start;
        for (int i = 0; i < 100; i++) {
            double step = (cdf(x) - p) / density(x);
            x -= step;
            if (Math.abs(step) < 1e-14 * Math.max(1, Math.abs(x))) {
                break;
            }
        }
        return x;
    }

    /** erfc(z) for z ≥ 0. */
    private static double erfc(double z) {
        double t = 2 / (2 + z);
        double ty = 4 * t - 2;
        double d = 0;
        double dd = 0;
        for (int j = COEFFICIENTS.length - 1; j > 0; j--) {
            double previous = d;
            d = ty * d - dd + COEFFICIENTS[j];
            dd = previous;
        }
        return t * Math.exp(-z * z + 0.5 * (COEFFICIENTS[0] + ty * d) - dd);
    }
}
