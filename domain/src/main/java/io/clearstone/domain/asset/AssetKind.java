package io.clearstone.domain.asset;

/** What an asset is, which decides defaults such as how its price is expected to move. */
public enum AssetKind {
    COIN, STABLECOIN, TOKEN
}
