package io.clearstone.domain.margin;

import java.util.List;

/**
 * Why an underlying needs the maintenance margin it does: its worst weighted scenario, and what each position lost in
 * it (the positions that drive the number come first).
 *
 * @param priceMove       the worst scenario's relative move of the underlying
 * @param volatilityMove  the worst scenario's absolute move of volatility
 * @param scenarioLossUsd the weighted loss of that scenario, never negative
 * @param contingencyUsd  the extra for short options close to expiry
 * @param maintenanceUsd  scenario loss + contingency
 */
public record UnderlyingRisk(String underlying, double priceMove, double volatilityMove, double scenarioLossUsd,
                             double contingencyUsd, double maintenanceUsd, List<Driver> drivers) {

    /** A position's loss (positive) or gain (negative) in the worst scenario, weighted like it. */
    public record Driver(long instrumentId, double lossUsd) {
    }
}
