package io.clearstone.instruments.spi;

import java.time.Duration;
import java.time.Instant;

/** Time in years as pricing uses it: ACT/365 fixed, to the millisecond. */
public final class YearFraction {

    public static final double SECONDS_PER_YEAR = 365 * 24 * 3600.0;

    private YearFraction() {
    }

    /** Years from {@code from} to {@code to}; negative when {@code to} is earlier. */
    public static double act365(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_YEAR;
    }
}
