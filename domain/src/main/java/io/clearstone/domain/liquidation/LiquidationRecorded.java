package io.clearstone.domain.liquidation;

/**
 * Fired (CDI event) for every liquidation event written: a partial liquidation, a bankruptcy close, an insurance
 * payment, a deleveraging or a socialized loss. Observers that show committed state use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 */
public record LiquidationRecorded(LiquidationEventView event) {
}
