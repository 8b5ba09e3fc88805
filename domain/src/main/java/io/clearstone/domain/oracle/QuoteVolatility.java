package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

/** One quote and the volatility it implies, or the problem that prevents one (then {@code volatility} is null). */
public record QuoteVolatility(Instant expiry, BigDecimal strike, OptionRight right, BigDecimal price,
                              Double volatility, QuoteProblem problem) {
}
