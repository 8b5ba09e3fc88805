package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The implied volatilities of a chain, in the order quoted.
 *
 * @param surface the surface stored from them, when the request asked for it; null otherwise
 */
public record ImpliedVolatilityView(String underlying, BigDecimal spot, double rate, String model,
                                    Instant valuedAt, List<QuoteVolatility> quotes, SurfaceView surface) {
}
