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
 * <p>A pair that has failed may have only one attempt in flight: otherwise a guesser could send a thousand guesses at
 * once, all checked before the first failure is counted. Pairs without failures (every client with the right
 * password) are not tracked at all, however many requests they run in parallel.
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

    /**
     * Lets an attempt go on to authentication (empty), or tells how long the pair must still wait. An attempt let
     * through must be concluded by {@link #failed}, {@link #succeeded} or {@link #abandoned}.
     */
    public synchronized Optional<Duration> tryBegin(ThrottleKey key) {
        Instant now = clock.instant();
        Failures recorded = current(key, now);
        if (recorded == null) {
            return Optional.empty();
        }
        Duration remaining = Duration.between(now, recorded.last.plus(settings.delayAfter(recorded.count)));
        if (!remaining.isNegative() && !remaining.isZero()) {
            return Optional.of(remaining);
        }
        if (recorded.attemptInFlight) {
            return Optional.of(settings.baseDelay());
        }
        recorded.attemptInFlight = true;
        return Optional.empty();
    }

    public synchronized void failed(ThrottleKey key) {
        Instant now = clock.instant();
        Failures recorded = current(key, now);
        if (recorded == null) {
            failures.put(key, new Failures(1, now));
        } else {
            recorded.count++;
            recorded.last = now;
            recorded.attemptInFlight = false;
        }
    }

    public synchronized void succeeded(ThrottleKey key) {
        failures.remove(key);
    }

    /** The attempt ended without an outcome (the client went away, the server failed): the pair may try again. */
    public synchronized void abandoned(ThrottleKey key) {
        Failures recorded = failures.get(key);
        if (recorded != null) {
            recorded.attemptInFlight = false;
        }
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

    /** Mutable, guarded by the throttle's lock. */
    private static final class Failures {
        private int count;
        private Instant last;
        private boolean attemptInFlight;

        Failures(int count, Instant last) {
            this.count = count;
            this.last = last;
        }
    }
}
