package io.clearstone.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.instruments.spi.ScheduledEvent;
import org.junit.jupiter.api.Test;

class LifecycleOrderTest {

    private static final Instant NINE = Instant.parse("2026-12-05T09:00:00Z");
    private static final Instant EIGHT = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void eventsRunByTimeAndAtOneTimeTheExpiryComesLast() {
        ScheduledEvent expiry = new ScheduledEvent(ScheduledEvent.EXPIRY, EIGHT);
        ScheduledEvent daily = new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, EIGHT);
        ScheduledEvent funding = new ScheduledEvent(ScheduledEvent.FUNDING, EIGHT);
        ScheduledEvent later = new ScheduledEvent("coupon", NINE);
        List<ScheduledEvent> events = new ArrayList<>(List.of(later, expiry, funding, daily));

        events.sort(LifecycleOrder.EVENTS);

        assertThat(events).containsExactly(daily, funding, expiry, later);
    }

    @Test
    void anExpiryNeverRunsBeforeAnEarlierOrSimultaneousDailySettlement() {
        assertThat(LifecycleOrder.runsBefore(ScheduledEvent.DAILY_SETTLEMENT, EIGHT, ScheduledEvent.EXPIRY, EIGHT))
                .isTrue();
        assertThat(LifecycleOrder.runsBefore(ScheduledEvent.EXPIRY, EIGHT, ScheduledEvent.DAILY_SETTLEMENT, EIGHT))
                .isFalse();
        assertThat(LifecycleOrder.runsBefore(ScheduledEvent.EXPIRY, EIGHT, ScheduledEvent.DAILY_SETTLEMENT, NINE))
                .isTrue();
    }
}
