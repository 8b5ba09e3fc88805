package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/** A source's latest price for a symbol. */
public record Quote(String source, BigDecimal price, Instant observedAt) {
}
