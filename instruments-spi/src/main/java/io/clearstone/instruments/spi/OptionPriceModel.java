package io.clearstone.instruments.spi;

/**
 * A European option pricing model that an options plugin offers the platform (found with
 * {@link java.util.ServiceLoader}): the oracle uses it to turn option prices back into implied volatilities and to
 * price the calls of a volatility surface when it checks the surface for butterfly arbitrage. Prices are in the
 * underlying's quote currency; {@code carry} is the continuous cost of carry taken off the rate (0 for a coin
 * without yield), so the forward is {@code spot·e^((rate − carry)·years)}.
 */
public interface OptionPriceModel {

    /** The model's name as the API shows it, e.g. {@code black-76}. */
    String name();

    /** The discounted price of a European call or put. */
    double price(double spot, double strike, double years, double volatility, double rate, double carry, boolean call);

    /**
     * The volatility that reproduces the (discounted) price.
     *
     * @throws IllegalArgumentException when none does: the price lies outside the no-arbitrage bounds (at or below
     *                                  intrinsic value, at or above the forward for a call or the strike for a put,
     *                                  discounted) or the option has expired; the message says which
     */
    double impliedVolatility(double price, double spot, double strike, double years, double rate, double carry,
                             boolean call);
}
