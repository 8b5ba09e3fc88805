package io.clearstone.web.throttle;

import java.time.Duration;
import java.util.Optional;

/**
 * A token bucket: it holds up to {@code burst} tokens, refills at {@code perSecond}, and each request takes one.
 * The rate and burst are passed on every call, so that a changed configuration applies to buckets already filled.
 * Not thread-safe on its own; {@link WriteRateLimiter} serialises access.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private double tokens;
    private long refilledAt;

    TokenBucket(double burst, long nowNanos) {
        this.tokens = burst;
        this.refilledAt = nowNanos;
    }

    /** Takes a token, or tells how long until one is there. */
    Optional<Duration> take(long nowNanos, WriteRateLimit limit) {
        long elapsed = Math.max(0, nowNanos - refilledAt);
        tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.perSecond());
        refilledAt = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / limit.perSecond() * NANOS_PER_SECOND)));
    }
}
