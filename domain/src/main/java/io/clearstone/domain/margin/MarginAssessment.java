package io.clearstone.domain.margin;

import java.util.List;

import io.clearstone.domain.account.MarginMethod;

/**
 * An account's margin, in USD at current prices, and the state it puts the account in.
 *
 * @param collateralUsd     Σ balance × index × collateral weight
 * @param positionsValueUsd Σ mark value of the positions (unrealised P&L of swaps, negative for short options)
 * @param equityUsd         collateral + positions' value
 * @param initialMarginUsd  what the account needs to add risk
 * @param maintenanceUsd    below this the account is liquidated
 * @param marginRatio       maintenance / equity; null when equity is not positive
 * @param underlyings       in portfolio mode, the scenario behind each underlying's margin; empty in standard mode
 * @param positions         each position's value and contribution to the maintenance margin, largest first
 */
public record MarginAssessment(long accountId, MarginMethod method, double collateralUsd, double positionsValueUsd,
                               double equityUsd, double initialMarginUsd, double maintenanceUsd, Double marginRatio,
                               MarginState state, List<UnderlyingRisk> underlyings, List<PositionRisk> positions) {

    public static MarginAssessment of(long accountId, MarginMethod method, double collateralUsd,
                                      double positionsValueUsd, double initialMarginUsd, double maintenanceUsd,
                                      double marginCallRatio, List<UnderlyingRisk> underlyings,
                                      List<PositionRisk> positions) {
        double equity = collateralUsd + positionsValueUsd;
        List<PositionRisk> ranked = positions.stream()
                .sorted(java.util.Comparator.comparingDouble(PositionRisk::maintenanceUsd).reversed()).toList();
        return new MarginAssessment(accountId, method, collateralUsd, positionsValueUsd, equity, initialMarginUsd,
                maintenanceUsd, MarginState.ratio(equity, maintenanceUsd),
                MarginState.of(equity, maintenanceUsd, marginCallRatio), List.copyOf(underlyings), ranked);
    }

    /**
     * One position's part of the margin.
     *
     * @param maintenanceUsd its own maintenance margin (standard), or its loss in its underlying's worst scenario
     *                       (portfolio; negative when it hedges)
     */
    public record PositionRisk(long instrumentId, String underlying, double quantity, double valueUsd,
                               double maintenanceUsd) {
    }
}
