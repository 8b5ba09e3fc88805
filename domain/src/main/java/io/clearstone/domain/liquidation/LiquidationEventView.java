package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A liquidation event as the API shows it.
 *
 * @param quantity the contracts moved (signed as the account's position was), when a position moved
 * @param amount   the cash moved for this account in {@code asset} (negative: paid), when cash moved
 * @param reason   why, in words: the margin that triggered it and what was done
 */
public record LiquidationEventView(long id, long accountId, LiquidationKind kind, Long instrumentId,
                                   BigDecimal quantity, BigDecimal price, Long counterpartyAccountId, String asset,
                                   BigDecimal amount, double equityBeforeUsd, double maintenanceBeforeUsd,
                                   String reason, Instant createdAt) {
}
