package io.clearstone.instruments.spi;

import java.time.Instant;

/**
 * A lifecycle event an instrument schedules, e.g. {@code expiry} or {@code funding}. The platform runs each
 * (instrument, kind, at) exactly once.
 */
public record ScheduledEvent(String kind, Instant at) {

    public static final String EXPIRY = "expiry";
}
