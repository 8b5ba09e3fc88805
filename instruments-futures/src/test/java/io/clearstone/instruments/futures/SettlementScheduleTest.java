package io.clearstone.instruments.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.TermsDocument;

/**
 * Settlements fall at expiry − k × period after the future's creation, the expiry being the last of them; schedule()
 * gives the first daily settlement and the expiry, following() walks the rest, as the lifecycle engine asks.
 */
class SettlementScheduleTest {

    private static final Instant CREATED = Samples.NOW;
    private static final Instant EXPIRY = CREATED.plusSeconds(35);

    @Test
    void aTenSecondPeriodSettlesAtExpiryLessTenTwentyAndThirtySecondsAfterCreation() {
        ResolvedInstrument future = createdAt(CREATED, EXPIRY, "PT10S");

        assertThat(future.schedule()).containsExactly(daily(EXPIRY.minusSeconds(30)), expiry(EXPIRY));
        assertThat(walk(future)).containsExactly(daily(EXPIRY.minusSeconds(30)), daily(EXPIRY.minusSeconds(20)),
                daily(EXPIRY.minusSeconds(10)));
    }

    @Test
    void aSettlementAtTheCreationInstantIsAlreadyPast() {
        Instant onASettlement = EXPIRY.minusSeconds(30);
        assertThat(createdAt(onASettlement, EXPIRY, "PT10S").schedule()).first()
                .isEqualTo(daily(EXPIRY.minusSeconds(20)));
        assertThat(createdAt(onASettlement.minusMillis(1), EXPIRY, "PT10S").schedule()).first()
                .isEqualTo(daily(EXPIRY.minusSeconds(30)));
    }

    @Test
    void aFutureCreatedInItsLastPeriodOnlyExpires() {
        assertThat(createdAt(EXPIRY.minusSeconds(10), EXPIRY, "PT10S").schedule()).containsExactly(expiry(EXPIRY));
        assertThat(createdAt(EXPIRY.minusSeconds(3), EXPIRY, "PT10S").schedule()).containsExactly(expiry(EXPIRY));
    }

    @Test
    void aDailyFutureSettlesEveryDayAtItsTimeUntilTheDayBeforeExpiry() {
        Instant created = Instant.parse("2026-11-21T10:00:00Z");
        Instant expiry = Instant.parse("2026-11-25T08:00:00Z");
        ResolvedInstrument future = createdAt(created, expiry, "P1D");

        assertThat(future.schedule()).containsExactly(daily(Instant.parse("2026-11-22T08:00:00Z")), expiry(expiry));
        assertThat(walk(future)).extracting(ScheduledEvent::at).containsExactly(
                Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-23T08:00:00Z"),
                Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void theQuarterlyDemoFutureSettlesEveryDayOfItsLife() {
        ResolvedInstrument future = Samples.resolve(Samples.linearQuarterly());
        List<ScheduledEvent> dailies = walk(future);
        // 21 November 08:00 (creation) to 26 March 08:00: 125 days, the first settlement the day after creation
        assertThat(dailies).hasSize(124);
        assertThat(dailies.get(0).at()).isEqualTo(Instant.parse("2026-11-22T08:00:00Z"));
        assertThat(dailies.get(dailies.size() - 1).at()).isEqualTo(Instant.parse("2027-03-25T08:00:00Z"));
    }

    @Test
    void theExpiryAndUnknownKindsHaveNoFollower() {
        ResolvedInstrument future = createdAt(CREATED, EXPIRY, "PT10S");
        assertThat(future.following(expiry(EXPIRY))).isEmpty();
        assertThat(future.following(new ScheduledEvent(ScheduledEvent.FUNDING, CREATED))).isEmpty();
        assertThat(future.following(daily(EXPIRY.minusSeconds(10)))).isEmpty();
    }

    /** The first daily settlement and every one following() gives after it, as the engine schedules them. */
    private static List<ScheduledEvent> walk(ResolvedInstrument future) {
        List<ScheduledEvent> dailies = new ArrayList<>();
        Optional<ScheduledEvent> next = future.schedule().stream()
                .filter(e -> e.kind().equals(ScheduledEvent.DAILY_SETTLEMENT)).findFirst();
        while (next.isPresent()) {
            dailies.add(next.get());
            next = future.following(next.get());
        }
        return dailies;
    }

    private static ResolvedInstrument createdAt(Instant created, Instant expiry, String period) {
        TermsDocument terms = TermsDocument.of(Map.of("underlying", "BTC-USD", "style", "LINEAR",
                "contractSize", java.math.BigDecimal.ONE, "tickSize", java.math.BigDecimal.ONE,
                "expiry", expiry.toString(), "settlementPeriod", period, "settlementWindow", "PT2S"));
        return Samples.resolve(Samples.plugin(created, Map.of()), terms);
    }

    private static ScheduledEvent daily(Instant at) {
        return new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, at);
    }

    private static ScheduledEvent expiry(Instant at) {
        return new ScheduledEvent(ScheduledEvent.EXPIRY, at);
    }
}
