package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.time.Instant;

/** A cleared trade: what moved, and the two positions after it. */
public record TradeReceipt(long tradeId, long instrumentId, long buyerAccountId, long sellerAccountId,
                           BigDecimal quantity, BigDecimal price, String premiumAsset, BigDecimal premium,
                           BigDecimal buyerPosition, BigDecimal sellerPosition, Instant tradedAt, Instant clearedAt) {
}
