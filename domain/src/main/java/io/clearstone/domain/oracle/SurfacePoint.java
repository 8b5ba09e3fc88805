package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One implied volatility quote at an expiry, placed either by strike (in the index's quote currency) or by call delta
 * (0.25 = the 25-delta call); a delta-quoted point is given its strike when the surface is pushed, from the forward
 * then: K = F·exp(−σ√T·N⁻¹(Δ) + σ²T/2).
 */
public record SurfacePoint(
        @NotNull Instant expiry,
        @Positive @Digits(integer = 20, fraction = 8) BigDecimal strike,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
        @Digits(integer = 1, fraction = 8) BigDecimal delta,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Digits(integer = 2, fraction = 8)
        BigDecimal volatility) {
}
