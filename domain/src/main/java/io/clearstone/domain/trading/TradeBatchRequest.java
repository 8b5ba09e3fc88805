package io.clearstone.domain.trading;

import java.util.List;

/** Trades to clear in one request; each is validated and cleared on its own (see {@link TradeBatches}). */
public record TradeBatchRequest(List<BatchTrade> trades) {
}
