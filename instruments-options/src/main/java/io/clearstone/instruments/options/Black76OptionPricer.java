package io.clearstone.instruments.options;

/**
 * European option prices and Greeks by Black-76 on the forward F = S·e^((r−q)T) implied by the index S, the rate r and
 * a carry yield q (zero for crypto indices unless configured), discounted at e^(−rT). In spot terms this is the
 * generalised Black–Scholes–Merton model; the Greeks are therefore spot Greeks (units in {@link OptionSensitivities}).
 * Stateless; {@code double} throughout, as risk maths is.
 */
public final class Black76OptionPricer {

    /**
     * @param spot   index price S
     * @param strike K
     * @param years  time to expiry T (ACT/365); at or after expiry the option is worth its intrinsic value
     * @param vol    implied volatility σ (0.6 = 60%)
     * @param rate   continuously compounded rate r
     * @param carry  continuously compounded carry yield q
     */
    public OptionSensitivities sensitivities(double spot, double strike, double years, double vol, double rate,
                                             double carry, boolean call) {
        if (years <= 0 || vol <= 0) {
            return atExpiry(spot, strike, call);
        }
        double sqrtT = Math.sqrt(years);
        double discount = Math.exp(-rate * years);
        double carryDiscount = carry == 0 ? 1 : Math.exp(-carry * years);
        double forward = spot * carryDiscount / discount;
        double s = vol * sqrtT;
        double d1 = Math.log(forward / strike) / s + s / 2;
        double d2 = d1 - s;
        double density = Gaussian.pdf(d1);
        // N(±d1), N(±d2) on the option's own side, computed once for the price and the Greeks
        double n1 = Gaussian.cdf(call ? d1 : -d1);
        double n2 = Gaussian.cdf(call ? d2 : -d2);
        double outOfTheMoneyDepth = call ? d1 : -d2;
        double price = outOfTheMoneyDepth < NormalisedBlack.DEEP_OUT_OF_THE_MONEY
                ? discount * undiscountedPrice(forward, strike, s, call)
                : discount * (call ? forward * n1 - strike * n2 : strike * n2 - forward * n1);
        double gamma = carryDiscount * density / (spot * s);
        double vega = spot * carryDiscount * density * sqrtT;
        double decay = -spot * carryDiscount * density * vol / (2 * sqrtT);
        double sign = call ? 1 : -1;
        double delta = sign * carryDiscount * n1;
        double theta = decay - sign * rate * strike * discount * n2 + sign * carry * spot * carryDiscount * n1;
        double rho = sign * strike * years * discount * n2;
        return new OptionSensitivities(price, delta, gamma, vega, theta, rho);
    }

    public double price(double spot, double strike, double years, double vol, double rate, double carry,
                        boolean call) {
        if (years <= 0 || vol <= 0) {
            return intrinsic(spot, strike, call);
        }
        double forward = spot * Math.exp((rate - carry) * years);
        return Math.exp(-rate * years) * undiscountedPrice(forward, strike, vol * Math.sqrt(years), call);
    }

    /**
     * Undiscounted Black price: the out-of-the-money option from the cancellation-free normalised form, plus the
     * forward intrinsic value for an in-the-money one (put–call parity).
     */
    static double undiscountedPrice(double forward, double strike, double s, boolean call) {
        double x = Math.log(forward / strike);
        double outOfTheMoney = Math.sqrt(forward * strike) * NormalisedBlack.outOfTheMoney(x, s);
        boolean inTheMoney = call ? forward > strike : forward < strike;
        return inTheMoney ? outOfTheMoney + Math.abs(forward - strike) : outOfTheMoney;
    }

    private static OptionSensitivities atExpiry(double spot, double strike, boolean call) {
        double value = intrinsic(spot, strike, call);
        double delta = value > 0 ? (call ? 1 : -1) : 0;
        return new OptionSensitivities(value, delta, 0, 0, 0, 0);
    }

    static double intrinsic(double spot, double strike, boolean call) {
        return Math.max(call ? spot - strike : strike - spot, 0);
    }
}
