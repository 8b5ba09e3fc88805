package io.clearstone.instruments.options;

/**
 * The Black price of an out-of-the-money call in normalised form, b(x, s) = e^(x/2)·N(x/s + s/2) − e^(−x/2)·N(x/s − s/2)
 * with x = ln(F/K) ≤ 0 and s = σ√T, so that the undiscounted price is √(F·K)·b. For deep out-of-the-money options
 * both terms are tiny and nearly equal; there it is computed as ½·e^(−x²/2s² − s²/8)·[erfcx(−d₁/√2) − erfcx(−d₂/√2)],
 * the same quantity without the cancellation (the idea behind Jäckel's "Let's Be Rational", whose full method is the
 * accuracy reference).
 */
final class NormalisedBlack {

    private static final double SQRT_2 = Math.sqrt(2);
    /** Below this d₁ the erfcx form is used: both Φ terms are then small enough to cancel badly. */
    static final double DEEP_OUT_OF_THE_MONEY = -1.0;

    private NormalisedBlack() {
    }

    /** @param x ln(F/K), at most zero (out of the money); use put–call symmetry for x > 0 */
    static double outOfTheMoneyCall(double x, double s) {
        return s <= 0 ? 0 : outOfTheMoneyCall(x, s, Math.exp(x / 2));
    }

    /**
     * The same as {@link #outOfTheMoneyCall(double, double)} with e^(x/2) supplied, for solvers that evaluate many s
     * at one x.
     */
    static double outOfTheMoneyCall(double x, double s, double expHalfX) {
        double d1 = x / s + s / 2;
        double d2 = d1 - s;
        if (d1 < DEEP_OUT_OF_THE_MONEY) {
            double scale = 0.5 * Math.exp(-0.5 * (x * x) / (s * s) - s * s / 8);
            return scale * (Gaussian.erfcx(-d1 / SQRT_2) - Gaussian.erfcx(-d2 / SQRT_2));
        }
        return expHalfX * Gaussian.cdf(d1) - Gaussian.cdf(d2) / expHalfX;
    }

    /** The out-of-the-money option's normalised price for either sign of x (a put is a call with −x). */
    static double outOfTheMoney(double x, double s) {
        return outOfTheMoneyCall(-Math.abs(x), s);
    }
}
