package io.clearstone.instruments.options;

/** No volatility reproduces the price: it lies outside the no-arbitrage bounds, or the option has expired. */
public class ImpliedVolatilityException extends IllegalArgumentException {

    public ImpliedVolatilityException(String message) {
        super(message);
    }
}
