package io.clearstone.domain.securitization;

import java.math.BigDecimal;

/** A servicer report as booked: the period it counts in and the cash remitted into the collection account. */
public record CollectionReceipt(long poolId, int period, int lines, BigDecimal interest, BigDecimal principal,
                                BigDecimal defaulted, BigDecimal recovered, Long journalId) {
}
