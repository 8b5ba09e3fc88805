package io.clearstone.instruments.spi;

import java.util.Optional;

/** What the platform lists, for resolving terms: its assets and the index symbols its oracle prices. */
public interface ReferenceData {

    /** The listed asset with this symbol, e.g. {@code BTC}. */
    Optional<AssetInfo> asset(String symbol);

    /** Whether the oracle prices this index symbol, e.g. {@code BTC-USD}. */
    boolean hasIndex(String indexSymbol);

    /** A listed asset as plugins see it. */
    record AssetInfo(String symbol, int decimals) {
    }
}
