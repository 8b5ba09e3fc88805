package io.clearstone.domain.systemic;

import java.time.Instant;

/**
 * Fired when an asset's systemic-risk threshold is within the alert margin of today's price: a fall of only
 * {@code shock} would do systemic damage.
 */
public record SystemicRiskAlert(String asset, double shock, double alertMargin, Instant at) {
}
