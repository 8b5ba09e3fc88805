package io.clearstone.instruments.spi;

import java.util.Objects;

/**
 * Something a valuation computes. An open set: plugins may define their own measures beside the standard ones.
 * Units are per position, in the instrument's settlement asset unless stated.
 */
public record Measure(String name, String unit) {

    /** Mark value of the position. */
    public static final Measure PRESENT_VALUE = new Measure("presentValue", "settlement asset");
    /** Change in value per 1 unit move of the underlying index (for inverse instruments see the plugin's docs). */
    public static final Measure DELTA = new Measure("delta", "settlement asset per index unit");
    /** Change in delta per 1 unit move of the underlying index. */
    public static final Measure GAMMA = new Measure("gamma", "delta per index unit");
    /** Change in value per 1.00 (100 points) of implied volatility. */
    public static final Measure VEGA = new Measure("vega", "settlement asset per 1.00 of volatility");
    /** Change in value per year of passing time, everything else unchanged (divide by 365 for a day). */
    public static final Measure THETA = new Measure("theta", "settlement asset per year");
    /** Change in value per 1.00 (100 points) of the interest rate. */
    public static final Measure RHO = new Measure("rho", "settlement asset per 1.00 of rate");

    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
    }
}
