package io.clearstone.domain.margin;

/**
 * One position's P&L in USD under each portfolio scenario, relative to now.
 *
 * @param shortDated a short option close to expiry, which adds the contingency
 */
public record ScenarioRisk(long instrumentId, String underlying, double[][] pnlUsd, boolean shortDated) {
}
