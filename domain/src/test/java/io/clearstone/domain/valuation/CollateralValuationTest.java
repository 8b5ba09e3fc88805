package io.clearstone.domain.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetKind;
import io.clearstone.domain.asset.AssetTerms;
import io.clearstone.domain.ledger.BalanceView;

class CollateralValuationTest {

    private final Map<String, Asset> assets = Map.of(
            "BTC", new Asset(new AssetTerms("BTC", 8, AssetKind.COIN, true, new BigDecimal("0.90"), "BTC-USD")),
            "USDC", new Asset(new AssetTerms("USDC", 6, AssetKind.STABLECOIN, true, new BigDecimal("0.98"), "USDC-USD")),
            "MEME", new Asset(new AssetTerms("MEME", 2, AssetKind.TOKEN, false, new BigDecimal("0.50"), "MEME-USD")));

    @Test
    void collateralIsBalanceTimesIndexTimesCollateralWeightSummedOverAssets() {
        List<CollateralLine> lines = CollateralValuation.value(List.of(
                        new BalanceView(7, "BTC", new BigDecimal("2.50000000")),
                        new BalanceView(7, "USDC", new BigDecimal("1000.000000")),
                        new BalanceView(7, "MEME", new BigDecimal("500.00"))),
                assets, Map.of("BTC", new BigDecimal("65000"), "USDC", new BigDecimal("0.9998"),
                        "MEME", new BigDecimal("0.1")));

        // BTC: 2.5 × 65,000 = 162,500 market, × 0.90 = 146,250 collateral
        // USDC: 1,000 × 0.9998 = 999.80 market, × 0.98 = 979.804 collateral
        // MEME: not collateral, 50 market, 0 collateral
        assertThat(lines).extracting(CollateralLine::collateralValue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("146250"), new BigDecimal("979.804"), BigDecimal.ZERO);
        assertThat(CollateralValuation.total(lines, true)).isEqualByComparingTo("147229.804");
        assertThat(CollateralValuation.total(lines, false)).isEqualByComparingTo("163549.80");
    }

    @Test
    void anAssetWithoutAnIndexCountsAsZero() {
        List<CollateralLine> lines = CollateralValuation.value(
                List.of(new BalanceView(7, "BTC", BigDecimal.ONE)), assets, Map.of());
        assertThat(lines.get(0).indexPrice()).isNull();
        assertThat(lines.get(0).collateralValue()).isZero();
    }

    @Test
    void valuesAreRoundedHalfEvenOnlyOnceAtEightDecimals() {
        List<CollateralLine> lines = CollateralValuation.value(
                List.of(new BalanceView(7, "BTC", new BigDecimal("0.00000001"))), assets,
                Map.of("BTC", new BigDecimal("0.55")));
        // 0.00000001 × 0.55 × 0.9 = 0.00000000495 → 0.00000000 (half-even at 8 decimals)
        assertThat(lines.get(0).collateralValue()).isEqualTo(new BigDecimal("0.00000000"));
        assertThat(lines.get(0).marketValue()).isEqualTo(new BigDecimal("0.00000001"));
    }
}
