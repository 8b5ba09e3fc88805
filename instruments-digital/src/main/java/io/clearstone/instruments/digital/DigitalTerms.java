package io.clearstone.instruments.digital;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A cash-or-nothing digital option: pays {@code payout} of the settlement stablecoin per contract if the index
 * settles above (call) or below (put) the strike.
 */
public record DigitalTerms(String underlying, DigitalRight right, BigDecimal strike, Instant expiry,
                           BigDecimal payout) implements InstrumentTerms {
}
