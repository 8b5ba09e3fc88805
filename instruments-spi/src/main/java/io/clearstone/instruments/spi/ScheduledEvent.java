package io.clearstone.instruments.spi;

import java.time.Instant;

/**
 * A lifecycle event an instrument schedules, e.g. {@code expiry}, {@code daily-settlement} or {@code funding}; a plugin
 * may name kinds of its own (a coupon, a fixing, a barrier observation). The platform runs each (instrument, kind, at)
 * exactly once. Kinds are lower-case words joined by hyphens, at most 40 characters.
 */
public record ScheduledEvent(String kind, Instant at) {

    /** The last event: settles and closes every position. */
    public static final String EXPIRY = "expiry";
    /** A daily settlement: variation margin paid in cash at a settlement price, positions re-struck at it. */
    public static final String DAILY_SETTLEMENT = "daily-settlement";
    /** A funding boundary of an instrument that pays {@link Funding}. */
    public static final String FUNDING = "funding";
}
