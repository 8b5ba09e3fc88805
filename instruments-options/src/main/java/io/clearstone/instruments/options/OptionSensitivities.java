package io.clearstone.instruments.options;

/**
 * Price and Greeks of one option on one unit of the underlying.
 *
 * @param price value, in the underlying's quote currency
 * @param delta ∂price/∂S (spot)
 * @param gamma ∂²price/∂S²
 * @param vega  ∂price/∂σ per 1.00 of volatility
 * @param theta ∂price/∂t per year of passing time (spot, rate and volatility unchanged)
 * @param rho   ∂price/∂r per 1.00 of the rate
 */
public record OptionSensitivities(double price, double delta, double gamma, double vega, double theta, double rho) {
}
