package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Fired (CDI event) when a symbol's index moves. Observers that act on committed state use
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param previous the index before, or {@code null} for the first one
 */
public record IndexPriceChanged(String symbol, BigDecimal previous, BigDecimal price, Instant at) {
}
