package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One European option's price as a venue quotes it, in the underlying's quote currency (a coin-settled price times
 * the index), discounted to now. A price of zero is accepted here and answered as outside the no-arbitrage bounds.
 */
public record OptionQuote(
        @NotNull Instant expiry,
        @NotNull @Positive @Digits(integer = 20, fraction = 8) BigDecimal strike,
        @NotNull OptionRight right,
        @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal price) {
}
