package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/** An index price in force from {@code effectiveAt} until the next point. */
public record PricePoint(BigDecimal price, Instant effectiveAt) {
}
