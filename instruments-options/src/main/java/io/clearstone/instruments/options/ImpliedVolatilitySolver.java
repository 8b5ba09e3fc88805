package io.clearstone.instruments.options;

/**
 * Implied volatility from a price. The price is reduced to the normalised out-of-the-money Black price b(x, s)
 * (put–call parity takes away the intrinsic part), and s = σ√T is found by Halley's method on f(s) = ln b(s) − ln b*,
 * which stays well-conditioned for deep out-of-the-money and hours-to-expiry options and converges cubically:
 * f' = ν/b and f''/f' = b''/b' − f' with the closed form b''/b' = x²/s³ − s/4. Every step is safeguarded by a bracket
 * that bisection falls back to whenever a step would leave it. Converges to a relative 1e-15 in s or gives up after
 * 200 steps.
 */
public final class ImpliedVolatilitySolver {

    private static final int MAX_STEPS = 200;
    private static final double TOLERANCE = 1e-15;

    /**
     * @param price the (discounted) option price
     * @throws ImpliedVolatilityException for a price at or below intrinsic value, at or above the upper bound
     *                                    (forward for a call, strike for a put, discounted), or an expired option
     */
    public double impliedVolatility(double price, double spot, double strike, double years, double rate,
                                    double carry, boolean call) {
        if (!(years > 0)) {
            throw new ImpliedVolatilityException("the option has expired: no time value to imply a volatility from");
        }
        double discount = Math.exp(-rate * years);
        double forward = spot * Math.exp((rate - carry) * years);
        double undiscounted = price / discount;
        double intrinsic = Math.max(call ? forward - strike : strike - forward, 0);
        double upperBound = call ? forward : strike;
        if (!(undiscounted > intrinsic)) {
            throw new ImpliedVolatilityException("price " + price + " is not above the option's intrinsic value "
                    + intrinsic * discount);
        }
        if (!(undiscounted < upperBound)) {
            throw new ImpliedVolatilityException("price " + price + " is not below the no-arbitrage bound "
                    + upperBound * discount);
        }
        double x = -Math.abs(Math.log(forward / strike));
        double target = (undiscounted - intrinsic) / Math.sqrt(forward * strike);
        return normalisedVolatility(x, target) / Math.sqrt(years);
    }

    /** s such that b(x, s) = target, for x ≤ 0 and 0 < target < e^(x/2). */
    static double normalisedVolatility(double x, double target) {
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        // b is convex in s below √(2|x|) and concave above: starting at the inflection point keeps Newton inside
        double s = x < 0 ? Math.sqrt(2 * -x) : target * Math.sqrt(2 * Math.PI);
        double logTarget = Math.log(target);
        double expHalfX = Math.exp(x / 2);
        for (int step = 0; step < MAX_STEPS; step++) {
            double b = NormalisedBlack.outOfTheMoneyCall(x, s, expHalfX);
            if (b > target) {
                high = s;
            } else {
                low = s;
            }
            double vega = expHalfX * Gaussian.pdf(x / s + s / 2);
            double next = Double.NaN;
            if (b > 0 && vega > 0) {
                double f = Math.log(b) - logTarget;
                double slope = vega / b;
                double curvatureRatio = x * x / (s * s * s) - s / 4 - slope;
                double newton = f / slope;
                double halley = 1 - newton * curvatureRatio / 2;
                next = s - (halley > 0.5 ? newton / halley : newton);
            }
            if (!(next > low && next < high)) {
                next = Double.isInfinite(high) ? 2 * s : (low + high) / 2;
            }
            if (Math.abs(next - s) <= TOLERANCE * s) {
                return next;
            }
            s = next;
        }
        return s;
    }
}
