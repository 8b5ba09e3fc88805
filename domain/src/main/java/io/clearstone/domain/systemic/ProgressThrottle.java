package io.clearstone.domain.systemic;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets a job's progress through at most once per interval: a run reports thousands of steps, and each report let
 * through is a database write. Thread-safe: a run may report from several threads.
 */
final class ProgressThrottle {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong lastLetThrough;
    private final AtomicLong bestShareBits = new AtomicLong(Double.doubleToLongBits(0));

    ProgressThrottle(Duration interval, LongSupplier nanoTime) {
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
        this.lastLetThrough = new AtomicLong(nanoTime.getAsLong());
    }

    /**
     * Records a report; answers the share to write now (the best so far: reports from several threads may arrive
     * out of order), or a negative number when the last write was less than an interval ago.
     */
    double report(double share) {
        double best = Double.longBitsToDouble(bestShareBits.accumulateAndGet(
                Double.doubleToLongBits(Math.min(Math.max(share, 0), 1)),
                (a, b) -> Double.longBitsToDouble(a) >= Double.longBitsToDouble(b) ? a : b));
        long now = nanoTime.getAsLong();
        long last = lastLetThrough.get();
        if (now - last >= intervalNanos && lastLetThrough.compareAndSet(last, now)) {
            return best;
        }
        return -1;
    }
}
