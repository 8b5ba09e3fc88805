package io.clearstone.domain.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One paid funding interval.
 *
 * @param rate       the fraction of notional paid for the interval; positive when longs paid shorts
 * @param totalPaid  what the paying side paid in all, in the settlement asset (the other side received exactly it)
 * @param payers     LONGS, SHORTS or NOBODY
 * @param journalTransactionId the ledger transaction with every payment; null when nothing was paid
 */
public record FundingEventView(Instant periodStart, Instant fundingAt, BigDecimal rate, BigDecimal markPrice,
                               BigDecimal indexPrice, double averagePremium, int samples, int positions,
                               String settlementAsset, BigDecimal totalPaid, String payers,
                               Long journalTransactionId, Instant fixedAt) {
}
