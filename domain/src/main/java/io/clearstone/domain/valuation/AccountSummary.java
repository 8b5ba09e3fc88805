package io.clearstone.domain.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.clearstone.domain.account.AccountView;

/** An account's collateral, per asset and in total, in USD at the current index prices. */
public record AccountSummary(AccountView account, List<CollateralLine> assets, BigDecimal totalMarketValue,
                             BigDecimal totalCollateralValue, List<String> unpricedAssets, Instant valuedAt) {
}
