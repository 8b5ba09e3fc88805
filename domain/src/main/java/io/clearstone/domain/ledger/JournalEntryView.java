package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** One journal leg of an account, with its transaction's type, reference and time. */
public record JournalEntryView(long transactionId, JournalType type, String reference, Instant createdAt,
                               long accountId, String asset, BigDecimal amount) {
}
