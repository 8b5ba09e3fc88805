package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/** The time-weighted average index of a symbol over a window. */
public record TwapView(String symbol, Instant from, Instant to, BigDecimal price) {
}
