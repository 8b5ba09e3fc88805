package io.clearstone.domain.trading;

import java.util.List;

/** The answer to a batch: one result per trade, in the order they were sent. */
public record TradeBatchReceipt(int cleared, int refused, List<BatchTradeResult> results) {
}
