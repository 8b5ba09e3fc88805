package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A position with its mark and Greeks in the settlement asset (units as the plugin documents them); a measure that
 * could not be computed is listed in {@code failures} with its reason instead.
 */
public record PositionValuation(long instrumentId, String type, String underlying, String settlementAsset,
                                BigDecimal quantity, BigDecimal averagePrice, BigDecimal realizedPnl,
                                Map<String, Double> measures, Map<String, String> failures) {
}
