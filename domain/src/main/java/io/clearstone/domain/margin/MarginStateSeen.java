package io.clearstone.domain.margin;

/**
 * Fired (CDI event) whenever the margin monitor assesses an account, with the state it found. Observers that want
 * transitions (a new margin call) keep the last state per account themselves.
 */
public record MarginStateSeen(long accountId, MarginState state, Double marginRatio, double equityUsd,
                              double maintenanceUsd) {
}
