package io.clearstone.domain.venue;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A venue reports its impact bid and ask for an instrument, its own mark price, or both. Re-sending the same
 * (venue, observedAt) with the same prices is harmless.
 *
 * @param venue      a registered oracle source the caller reports for
 * @param observedAt when the venue saw these prices; the time of arrival when left out
 */
public record VenueQuoteRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "must be a registered source name") String venue,
        Instant observedAt,
        @Positive @Digits(integer = 20, fraction = 18) BigDecimal impactBid,
        @Positive @Digits(integer = 20, fraction = 18) BigDecimal impactAsk,
        @Positive @Digits(integer = 20, fraction = 18) BigDecimal venueMark) {
}
