package io.clearstone.instruments.spi;

import java.util.Optional;

/** Test reference data in which every asset (8 decimals) and every index exists. */
public final class EverythingListed implements ReferenceData {

    @Override
    public Optional<AssetInfo> asset(String symbol) {
        return Optional.of(new AssetInfo(symbol, 8));
    }

    @Override
    public boolean hasIndex(String indexSymbol) {
        return true;
    }
}
