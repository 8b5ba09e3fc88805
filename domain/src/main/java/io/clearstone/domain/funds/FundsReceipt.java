package io.clearstone.domain.funds;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.ledger.JournalType;

/** What a deposit or withdrawal booked; returned again, unchanged, to a retry with the same key. */
public record FundsReceipt(long transactionId, JournalType type, long accountId, String asset, BigDecimal amount,
                           BigDecimal balanceAfter, Instant bookedAt) {
}
