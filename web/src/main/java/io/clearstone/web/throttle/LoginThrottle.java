package io.clearstone.web.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per (client address, identity) and tells how long that pair must wait before its next
 * attempt is even checked. Unlike a lockout it never refuses an identity as such: the owner signing in from another
 * address is not affected, and the same address gets in again once its backoff has passed. A success forgets the
 * pair's failures.
 *
 * <p>Memory is bounded: at most {@code maxTracked} pairs are remembered, the least recently seen are dropped first,
 * and failures older than {@code forgetAfter} count for nothing. Thread-safe.
 */
public final class LoginThrottle {

    private final LoginThrottleSettings settings;
    private final Clock clock;
    private final Map<ThrottleKey, Failures> failures;

    public LoginThrottle(LoginThrottleSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ThrottleKey, Failures> eldest) {
                return size() > settings.maxTracked();
            }
        };
    }

    /** How long the pair must still wait, or empty when its attempt may go on to authentication. */
    public synchronized Optional<Duration> waitFor(ThrottleKey key) {
        Instant now = clock.instant();
        Failures recorded = current(key, now);
        if (recorded == null) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(now, recorded.last.plus(settings.delayAfter(recorded.count)));
        return !remaining.isNegative() && !remaining.isZero() ? Optional.of(remaining) : Optional.empty();
    }

    public synchronized void failed(ThrottleKey key) {
        Instant now = clock.instant();
        Failures recorded = current(key, now);
        failures.put(key, new Failures(recorded == null ? 1 : recorded.count + 1, now));
    }

    public synchronized void succeeded(ThrottleKey key) {
        failures.remove(key);
    }

    synchronized int tracked() {
        return failures.size();
    }

    private Failures current(ThrottleKey key, Instant now) {
        Failures recorded = failures.get(key);
        if (recorded != null && recorded.last.plus(settings.forgetAfter()).isBefore(now)) {
            failures.remove(key);
            return null;
        }
        return recorded;
    }

    private record Failures(int count, Instant last) {
    }
}
