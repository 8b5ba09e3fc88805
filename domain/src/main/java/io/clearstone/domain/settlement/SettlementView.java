package io.clearstone.domain.settlement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instrument's settlement.
 *
 * @param price             the settlement price (the index's 30-minute time-weighted average before expiry)
 * @param positionsSettled  positions closed by it
 * @param journalTransaction the one journal transaction that booked every cash flow (null if none moved value)
 */
public record SettlementView(long instrumentId, String underlying, BigDecimal price, Instant settledAt,
                             int positionsSettled, Long journalTransaction) {
}
