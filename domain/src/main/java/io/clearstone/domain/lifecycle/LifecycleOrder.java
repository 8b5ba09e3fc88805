package io.clearstone.domain.lifecycle;

import java.time.Instant;
import java.util.Comparator;

import io.clearstone.instruments.spi.ScheduledEvent;

/**
 * The order an instrument's events run in: by due time; at the same time, every other kind (a daily settlement, a
 * funding boundary, a coupon) before the expiry, because the expiry closes the positions the others pay on.
 */
public final class LifecycleOrder {

    /** Sorts scheduled events into the order they run. */
    public static final Comparator<ScheduledEvent> EVENTS = Comparator.comparing(ScheduledEvent::at)
            .thenComparingInt(e -> rank(e.kind())).thenComparing(ScheduledEvent::kind);

    private LifecycleOrder() {
    }

    /** 1 for the expiry, which runs last among events due at one time; 0 for every other kind. */
    public static int rank(String kind) {
        return ScheduledEvent.EXPIRY.equals(kind) ? 1 : 0;
    }

    /** Whether {@code earlier} must have run before {@code later} may (same instrument). */
    public static boolean runsBefore(String earlierKind, Instant earlierAt, String laterKind, Instant laterAt) {
        return EVENTS.compare(new ScheduledEvent(earlierKind, earlierAt), new ScheduledEvent(laterKind, laterAt)) < 0;
    }
}
