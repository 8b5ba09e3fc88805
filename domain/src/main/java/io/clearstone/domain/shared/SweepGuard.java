package io.clearstone.domain.shared;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a scheduled sweep from overlapping itself: a run that finds the last one still going is skipped and counted,
 * not queued behind it. The work is handed to an executor so that the timer callback returns at once; a timer whose
 * callback outlasts its interval makes the container log a warning (WFLYEJB0043) at every expiry it has to drop.
 * The skip count is what a metrics layer reads ({@link Sweeps#skipCounts()}); a skip is logged at FINE only, it
 * is the guard working, not a fault.
 */
public final class SweepGuard {

    private static final Logger LOG = Logger.getLogger(SweepGuard.class.getName());

    private final String name;
    private final AtomicBoolean running = new AtomicBoolean();
    private final LongAdder skipped = new LongAdder();

    public SweepGuard(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** How many runs were skipped because the previous one was still going. */
    public long skipped() {
        return skipped.sum();
    }

    public boolean running() {
        return running.get();
    }

    /**
     * Starts {@code sweep} on {@code executor} unless the previous run is still going.
     *
     * @return whether it was started
     */
    public boolean startUnlessRunning(Executor executor, Runnable sweep) {
        if (!running.compareAndSet(false, true)) {
            skip();
            return false;
        }
        try {
            executor.execute(() -> runAndRelease(sweep));
            return true;
        } catch (RejectedExecutionException stopping) {
            running.set(false);
            LOG.log(Level.FINE, () -> name + " not started: the executor refused it (the application is stopping?)");
            return false;
        }
    }

    /**
     * Runs {@code sweep} on the calling thread unless a run is already going.
     *
     * @return whether it ran
     */
    public boolean runUnlessRunning(Runnable sweep) {
        if (!running.compareAndSet(false, true)) {
            skip();
            return false;
        }
        runAndRelease(sweep);
        return true;
    }

    private void runAndRelease(Runnable sweep) {
        try {
            sweep.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed", e);
        } finally {
            running.set(false);
        }
    }

    private void skip() {
        skipped.increment();
        LOG.log(Level.FINE, () -> name + " skipped: the previous run is still going (" + skipped.sum() + " skips)");
    }
}
