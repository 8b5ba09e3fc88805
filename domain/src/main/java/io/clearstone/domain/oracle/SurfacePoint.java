package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** One implied volatility quote: expiry, strike (in the index's quote currency), volatility (0.6 = 60%). */
public record SurfacePoint(
        @NotNull Instant expiry,
        @NotNull @Positive @Digits(integer = 20, fraction = 8) BigDecimal strike,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Digits(integer = 2, fraction = 8)
        BigDecimal volatility) {
}
