package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A circuit-breaker alert as the API and the live stream show it; also fired as a CDI event when raised.
 *
 * @param indexPrice the published index when it happened
 * @param heldPrice  the index the breaker held back (or let through)
 * @param actors     the reporters whose quorum it was, or the administrator who released it
 */
public record OracleAlertView(Long id, String symbol, OracleAlertKind kind, BigDecimal indexPrice,
                              BigDecimal heldPrice, String actors, String detail, Instant raisedAt) {
}
