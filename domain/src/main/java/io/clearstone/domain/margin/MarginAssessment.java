package io.clearstone.domain.margin;

/**
 * An account's standard margin, in USD at current index prices.
 *
 * @param collateralUsd     Σ balance × index × haircut
 * @param positionsValueUsd Σ mark value of the positions (negative for short options)
 * @param initialMarginUsd  Σ of each position's standard initial margin
 * @param maintenanceUsd    Σ of each position's standard maintenance margin
 */
public record MarginAssessment(long accountId, double collateralUsd, double positionsValueUsd,
                               double initialMarginUsd, double maintenanceUsd) {

    public double equityUsd() {
        return collateralUsd + positionsValueUsd;
    }
}
