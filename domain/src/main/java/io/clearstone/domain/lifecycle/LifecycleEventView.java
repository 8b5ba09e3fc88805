package io.clearstone.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One scheduled event of an instrument and, once it has run, what the run did.
 *
 * @param settlementPrice      the index price it settled at (null while pending)
 * @param positions            open positions it saw (null while pending)
 * @param journalTransactionId the one journal transaction that booked its cash flows; null when nothing moved
 */
public record LifecycleEventView(long id, long instrumentId, String kind, Instant dueAt, LifecycleStatus status,
                                 Instant ranAt, BigDecimal settlementPrice, Integer positions,
                                 Long journalTransactionId) {
}
