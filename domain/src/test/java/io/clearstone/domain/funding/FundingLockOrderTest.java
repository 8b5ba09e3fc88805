package io.clearstone.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.clearstone.domain.lifecycle.LifecycleEvent;
import io.clearstone.domain.lifecycle.LifecycleSchedule;
import io.clearstone.instruments.spi.ScheduledEvent;
import org.junit.jupiter.api.Test;

/** Several instruments' funding locks (their pending funding events) are taken in instrument id order. */
class FundingLockOrderTest {

    @Test
    void theFundingLocksOfSeveralInstrumentsAreTakenInIdOrder() {
        List<String> locked = new ArrayList<>();
        FundingService funding = new FundingService();
        funding.clock = Clock.fixed(Instant.parse("2026-12-01T15:00:00Z"), ZoneOffset.UTC);
        funding.schedule = new LifecycleSchedule() {
            @Override
            public Optional<LifecycleEvent> lockPending(long instrumentId, String kind) {
                locked.add(kind + " " + instrumentId);
                return Optional.empty(); // an instrument without funding: nothing due, no account locked
            }
        };

        funding.payDueBeforeMoving(List.of(8L, 3L, 5L), Set.of(6L));

        assertThat(locked).containsExactly(ScheduledEvent.FUNDING + " 3", ScheduledEvent.FUNDING + " 5",
                ScheduledEvent.FUNDING + " 8");
    }
}
