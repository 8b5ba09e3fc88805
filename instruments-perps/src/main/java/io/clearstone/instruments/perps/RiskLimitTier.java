package io.clearstone.instruments.perps;

/**
 * One step of a risk-limit ladder: positions with notional up to {@code maxNotional} (USD) need these margin rates.
 *
 * @param maintenanceAmount the amount that makes the tiered maintenance margin continuous across steps (Binance's
 *                          "cum"), notional × MMR − maintenanceAmount
 */
public record RiskLimitTier(double maxNotional, double initialRate, double maintenanceRate, double maintenanceAmount) {

    public RiskLimitTier {
        if (!(maxNotional > 0) || !(maintenanceRate > 0) || initialRate < maintenanceRate) {
            throw new IllegalArgumentException("need notional > 0 and initial >= maintenance > 0: " + maxNotional
                    + ", " + initialRate + ", " + maintenanceRate);
        }
    }

    /** The largest leverage this tier allows: 1 / initial rate. */
    public double maxLeverage() {
        return 1 / initialRate;
    }
}
