package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A source reports a price. Re-sending the same (symbol, source, observedAt) with the same price is harmless.
 *
 * @param observedAt when the source saw the price; the time of arrival when left out
 */
public record ObservationRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9]{2,12}-[A-Z0-9]{2,12}", message = "must look like BASE-QUOTE") String symbol,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal price,
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "must be a registered source name") String source,
        Instant observedAt) {
}
