package io.clearstone.domain.asset;

/**
 * An asset was listed, in the transaction that lists it: the ledger opens its balance rows on hearing it, so the asset
 * package need not know the ledger.
 */
public record AssetListed(String symbol) {
}
