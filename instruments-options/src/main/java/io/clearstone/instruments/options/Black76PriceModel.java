package io.clearstone.instruments.options;

import io.clearstone.instruments.spi.OptionPriceModel;

/** The plugin's Black-76 pricer and implied-volatility solver, offered to the platform as its option price model. */
public final class Black76PriceModel implements OptionPriceModel {

    private final Black76OptionPricer pricer = new Black76OptionPricer();
    private final ImpliedVolatilitySolver solver = new ImpliedVolatilitySolver();

    @Override
    public String name() {
        return "black-76";
    }

    @Override
    public double price(double spot, double strike, double years, double volatility, double rate, double carry,
                        boolean call) {
        return pricer.price(spot, strike, years, volatility, rate, carry, call);
    }

    @Override
    public double impliedVolatility(double price, double spot, double strike, double years, double rate,
                                    double carry, boolean call) {
        return solver.impliedVolatility(price, spot, strike, years, rate, carry, call);
    }
}
