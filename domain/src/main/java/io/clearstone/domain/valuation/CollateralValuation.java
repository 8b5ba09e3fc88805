package io.clearstone.domain.valuation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.ledger.BalanceView;

/**
 * Collateral value = Σ balance × index × collateral weight. USD values keep {@value #USD_SCALE} decimals, rounded half-even,
 * so that a valuation is reproducible to the cent and beyond; balances and prices themselves are never rounded.
 */
public final class CollateralValuation {

    public static final int USD_SCALE = 8;

    private CollateralValuation() {
    }

    /** @param indexPrices USD price per asset symbol; an asset missing here counts as zero */
    public static List<CollateralLine> value(List<BalanceView> balances, Map<String, Asset> assets,
                                             Map<String, BigDecimal> indexPrices) {
        return balances.stream().map(b -> line(b, assets.get(b.asset()), indexPrices.get(b.asset()))).toList();
    }

    private static CollateralLine line(BalanceView balance, Asset asset, BigDecimal price) {
        BigDecimal exactMarket = price == null ? BigDecimal.ZERO : balance.amount().multiply(price);
        BigDecimal market = usd(exactMarket);
        BigDecimal collateral = usd(exactMarket.multiply(asset.collateralWeight()));
        return new CollateralLine(balance.asset(), balance.amount(), price, asset.collateralPolicy().collateralWeight(),
                asset.isCollateral(),
                market, collateral);
    }

    public static BigDecimal total(List<CollateralLine> lines, boolean collateral) {
        return lines.stream().map(l -> collateral ? l.collateralValue() : l.marketValue())
                .reduce(usd(BigDecimal.ZERO), BigDecimal::add);
    }

    private static BigDecimal usd(BigDecimal value) {
        return value.setScale(USD_SCALE, RoundingMode.HALF_EVEN);
    }
}
