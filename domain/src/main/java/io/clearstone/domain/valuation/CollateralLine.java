package io.clearstone.domain.valuation;

import java.math.BigDecimal;

/**
 * One asset of an account, valued in USD.
 *
 * @param indexPrice      USD per unit, or {@code null} when the asset has no index yet (then it counts as zero)
 * @param marketValue     balance × index price
 * @param collateralValue market value × collateral weight, or zero when the asset is not accepted as collateral
 */
public record CollateralLine(String asset, BigDecimal balance, BigDecimal indexPrice,
                             BigDecimal collateralWeight,
                             boolean acceptedAsCollateral, BigDecimal marketValue, BigDecimal collateralValue) {
}
