package io.clearstone.domain.infrastructure;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock the domain reads, so that time is explicit wherever it matters. It ticks in microseconds, the
 * precision the database keeps, so that a time returned to a client equals the one stored.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
