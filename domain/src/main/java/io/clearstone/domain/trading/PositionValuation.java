package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A position with its mark and Greeks in the settlement asset (units as the plugin documents them); a measure that
 * could not be computed is listed in {@code failures} with its reason instead.
 *
 * @param markPrice                the instrument's price now (a swap's mark); null when it cannot be priced
 * @param isolatedLiquidationPrice the underlying's price at which the position, backed only by its initial margin,
 *                                 would fall to maintenance; null when none exists or the plugin cannot say
 * @param crossLiquidationPrice    the same, backed by the account's whole equity less the other positions'
 *                                 maintenance, their values held where they are (an estimate)
 */
public record PositionValuation(long instrumentId, String type, String underlying, String settlementAsset,
                                BigDecimal quantity, BigDecimal averagePrice, BigDecimal realizedPnl,
                                Double markPrice, Double isolatedLiquidationPrice, Double crossLiquidationPrice,
                                Map<String, Double> measures, Map<String, String> failures) {
}
