package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cleared trade: what moved, and the two positions after it.
 *
 * @param buyerRealizedPnl  P&L the buyer's position realised by this trade, in the premium asset
 * @param realizedPnlPaid   whether realised P&L was paid in cash (swaps) or only recorded (options, whose premium
 *                          carried it)
 */
public record TradeReceipt(long tradeId, long instrumentId, long buyerAccountId, long sellerAccountId,
                           BigDecimal quantity, BigDecimal price, String premiumAsset, BigDecimal premium,
                           BigDecimal buyerPosition, BigDecimal sellerPosition, BigDecimal buyerRealizedPnl,
                           BigDecimal sellerRealizedPnl, boolean realizedPnlPaid, Instant tradedAt,
                           Instant clearedAt) {
}
