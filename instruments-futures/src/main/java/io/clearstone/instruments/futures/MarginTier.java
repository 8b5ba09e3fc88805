package io.clearstone.instruments.futures;

/**
 * One step of the margin ladder: positions with a USD notional up to {@code maxNotional} need these rates.
 *
 * @param maintenanceAmount what keeps the tiered maintenance margin continuous across steps: maintenance =
 *                          notional × maintenanceRate − maintenanceAmount
 */
record MarginTier(double maxNotional, double initialRate, double maintenanceRate, double maintenanceAmount) {

    MarginTier {
        if (!(maxNotional > 0) || !(maintenanceRate > 0) || initialRate < maintenanceRate) {
            throw new IllegalArgumentException("need notional > 0 and initial >= maintenance > 0: " + maxNotional
                    + ", " + initialRate + ", " + maintenanceRate);
        }
    }
}
