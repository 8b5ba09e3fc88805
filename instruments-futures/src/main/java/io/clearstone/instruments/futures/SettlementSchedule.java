package io.clearstone.instruments.futures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.clearstone.instruments.spi.ScheduledEvent;

/**
 * When a future settles: daily settlements at expiry − k × period for k = 1, 2, … as long as they fall after the
 * future's creation, and the final settlement at the expiry itself (no separate daily settlement at that instant).
 * Anchored on the expiry, so that the last period before it is a whole one whenever the future was created.
 */
final class SettlementSchedule {

    private final Instant expiry;
    private final Duration period;

    SettlementSchedule(Instant expiry, Duration period) {
        this.expiry = expiry;
        this.period = period;
    }

    /** The first daily settlement after {@code createdAt}, if any falls before the expiry, then the expiry. */
    List<ScheduledEvent> from(Instant createdAt) {
        List<ScheduledEvent> events = new ArrayList<>();
        firstDailySettlementAfter(createdAt).ifPresent(at -> events.add(daily(at)));
        events.add(new ScheduledEvent(ScheduledEvent.EXPIRY, expiry));
        return events;
    }

    /** The daily settlement a period after {@code previous}, unless that is the expiry (or past it). */
    Optional<ScheduledEvent> following(ScheduledEvent previous) {
        if (!ScheduledEvent.DAILY_SETTLEMENT.equals(previous.kind())) {
            return Optional.empty();
        }
        Instant next = previous.at().plus(period);
        return next.isBefore(expiry) ? Optional.of(daily(next)) : Optional.empty();
    }

    /** The earliest expiry − k × period (k ≥ 1) strictly after {@code createdAt}. */
    private Optional<Instant> firstDailySettlementAfter(Instant createdAt) {
        if (!expiry.minus(period).isAfter(createdAt)) {
            return Optional.empty();
        }
        // whole periods between creation and expiry, then one back if that lands on the creation instant or before
        long k = Duration.between(createdAt, expiry).toMillis() / period.toMillis();
        Instant candidate = expiry.minus(period.multipliedBy(k));
        while (!candidate.isAfter(createdAt)) {
            candidate = candidate.plus(period);
        }
        return Optional.of(candidate);
    }

    private static ScheduledEvent daily(Instant at) {
        return new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, at);
    }
}
