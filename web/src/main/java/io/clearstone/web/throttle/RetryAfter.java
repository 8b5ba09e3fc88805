package io.clearstone.web.throttle;

import java.time.Duration;

/** The {@code Retry-After} value for a wait. */
final class RetryAfter {

    private RetryAfter() {
    }

    /** Whole seconds, rounded up, so that a client waiting it out is never early; at least one. */
    static long seconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
