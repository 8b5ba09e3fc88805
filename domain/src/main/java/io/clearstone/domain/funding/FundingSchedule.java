package io.clearstone.domain.funding;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * When an instrument's next funding is due. Boundaries are the multiples of the interval since the epoch (so 8-hour
 * funding falls at 00:00, 08:00 and 16:00 UTC), and the row only ever moves forward, one boundary per fixing.
 */
@Entity
@Table(name = "funding_schedule")
public class FundingSchedule {

    @Id
    @Column(name = "instrument_id")
    private Long instrumentId;
    @Column(name = "interval_seconds", updatable = false)
    private long intervalSeconds;
    @Column(name = "next_funding_at")
    private Instant nextFundingAt;
    @Version
    private long version;

    protected FundingSchedule() {
    }

    /** Starts funding at the first boundary after {@code from}. */
    public FundingSchedule(long instrumentId, Duration interval, Instant from) {
        this.instrumentId = instrumentId;
        this.intervalSeconds = interval.toSeconds();
        this.nextFundingAt = firstBoundaryAfter(from, interval);
    }

    static Instant firstBoundaryAfter(Instant from, Duration interval) {
        long step = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step) * step + step);
    }

    boolean isDue(Instant now) {
        return !nextFundingAt.isAfter(now);
    }

    void advance() {
        nextFundingAt = nextFundingAt.plus(interval());
    }

    public long instrumentId() {
        return instrumentId;
    }

    public Duration interval() {
        return Duration.ofSeconds(intervalSeconds);
    }

    public Instant nextFundingAt() {
        return nextFundingAt;
    }
}
