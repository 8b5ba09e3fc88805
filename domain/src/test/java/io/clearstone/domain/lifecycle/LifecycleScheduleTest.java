package io.clearstone.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.clearstone.instruments.spi.ScheduledEvent;
import org.junit.jupiter.api.Test;

class LifecycleScheduleTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T09:17:00Z");
    private static final Instant EXPIRY = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void anOptionSchedulesItsExpiryAndNothingElse() {
        StubInstrument option = new StubInstrument(List.of(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY)), null,
                previous -> Optional.empty());

        assertThat(LifecycleSchedule.initialEvents(option, CREATED))
                .containsExactly(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY));
    }

    @Test
    void fundingFallsOnMultiplesOfItsIntervalSinceTheEpochAndRecurs() {
        StubInstrument perpetual = new StubInstrument(List.of(), Duration.ofHours(8), previous -> Optional.empty());

        List<ScheduledEvent> events = LifecycleSchedule.initialEvents(perpetual, CREATED);

        ScheduledEvent first = new ScheduledEvent(ScheduledEvent.FUNDING, Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(events).containsExactly(first);
        assertThat(LifecycleSchedule.following(perpetual, first)).contains(
                new ScheduledEvent(ScheduledEvent.FUNDING, Instant.parse("2026-12-02T00:00:00Z")));
    }

    @Test
    void aBoundaryExactlyAtCreationIsNotTheFirstOne() {
        assertThat(LifecycleSchedule.firstBoundaryAfter(Instant.parse("2026-12-01T08:00:00Z"), Duration.ofHours(8)))
                .isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
    }

    @Test
    void thePlatformsFundingStandsForAFundingKindThePluginListsItself() {
        StubInstrument perpetual = new StubInstrument(List.of(new ScheduledEvent(ScheduledEvent.FUNDING,
                Instant.parse("2026-12-01T10:00:00Z"))), Duration.ofHours(1), previous -> Optional.empty());

        assertThat(LifecycleSchedule.initialEvents(perpetual, CREATED)).containsExactly(
                new ScheduledEvent(ScheduledEvent.FUNDING, Instant.parse("2026-12-01T10:00:00Z")));
    }

    @Test
    void aPluginsRecurringKindFollowsAsThePluginSaysAndInitialEventsRunInOrder() {
        ScheduledEvent daily = new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, Instant.parse("2026-12-02T08:00:00Z"));
        StubInstrument future = new StubInstrument(List.of(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY), daily),
                null, previous -> previous.at().isBefore(EXPIRY)
                ? Optional.of(new ScheduledEvent(previous.kind(), previous.at().plus(Duration.ofDays(1))))
                : Optional.empty());

        assertThat(LifecycleSchedule.initialEvents(future, CREATED))
                .containsExactly(daily, new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY));
        assertThat(LifecycleSchedule.following(future, daily)).contains(
                new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, Instant.parse("2026-12-03T08:00:00Z")));
    }

    @Test
    void aFollowingEventThatDoesNotComeLaterIsRefused() {
        ScheduledEvent coupon = new ScheduledEvent("coupon", EXPIRY);
        StubInstrument looping = new StubInstrument(List.of(coupon), null, Optional::of);

        assertThatThrownBy(() -> LifecycleSchedule.following(looping, coupon))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must come later");
    }
}
