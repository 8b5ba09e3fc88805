package io.clearstone.domain.asset;

import java.math.BigDecimal;

/** An asset as the API shows it. */
public record AssetView(String symbol, int decimals, AssetKind kind, boolean collateral, BigDecimal collateralWeight,
                        String oracleSymbol) {

    public static AssetView of(Asset asset) {
        return new AssetView(asset.symbol(), asset.decimals(), asset.kind(), asset.isCollateral(),
                asset.collateralPolicy().collateralWeight(),
                asset.oracleSymbol());
    }
}
