package io.clearstone.web.throttle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One token bucket per authenticated identity. At most {@code maxTracked} buckets are kept, least recently used
 * first out; a bucket that is dropped was idle the longest, and a new one starts full. Thread-safe.
 */
final class WriteRateLimiter {

    private final Supplier<WriteRateLimit> limit;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets;

    WriteRateLimiter(Supplier<WriteRateLimit> limit, LongSupplier nanoClock, int maxTracked) {
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > maxTracked;
            }
        };
    }

    /** Takes one write from the identity's allowance, or tells how long until it has one again. */
    Optional<Duration> acquire(String identity) {
        WriteRateLimit current = limit.get();
        long now = nanoClock.getAsLong();
        synchronized (buckets) {
            return buckets.computeIfAbsent(identity, name -> new TokenBucket(current.burst(), now))
                    .take(now, current);
        }
    }

    int tracked() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
