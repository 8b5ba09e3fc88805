package io.clearstone.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class SweepGuardTest {

    /** An executor that holds its tasks until told to run them: a sweep "still going" without any timing. */
    static final class HeldExecutor implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

        void runAll() {
            List<Runnable> now = List.copyOf(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void a_run_that_finds_the_last_one_going_is_skipped_and_counted() {
        SweepGuard guard = new SweepGuard("margin-sweep");
        HeldExecutor executor = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();

        assertThat(guard.startUnlessRunning(executor, runs::incrementAndGet)).isTrue();
        assertThat(guard.startUnlessRunning(executor, runs::incrementAndGet)).isFalse();
        assertThat(guard.startUnlessRunning(executor, runs::incrementAndGet)).isFalse();
        assertThat(guard.skipped()).isEqualTo(2);
        assertThat(executor.held).hasSize(1);

        executor.runAll();
        assertThat(runs).hasValue(1);
        assertThat(guard.running()).isFalse();
        assertThat(guard.startUnlessRunning(executor, runs::incrementAndGet)).isTrue();
        assertThat(guard.skipped()).isEqualTo(2);
    }

    @Test
    void a_failing_run_releases_the_guard() {
        SweepGuard guard = new SweepGuard("feeds");
        assertThat(guard.runUnlessRunning(() -> {
            throw new IllegalStateException("database away");
        })).isTrue();
        assertThat(guard.running()).isFalse();
        assertThat(guard.runUnlessRunning(() -> { })).isTrue();
    }

    @Test
    void a_run_started_from_inside_a_run_is_skipped() {
        SweepGuard guard = new SweepGuard("alerts");
        AtomicInteger inner = new AtomicInteger();
        guard.runUnlessRunning(() -> {
            if (!guard.runUnlessRunning(inner::incrementAndGet)) {
                inner.addAndGet(10);
            }
        });
        assertThat(inner).hasValue(10);
        assertThat(guard.skipped()).isEqualTo(1);
    }

    @Test
    void a_refusing_executor_leaves_the_guard_free() {
        SweepGuard guard = new SweepGuard("demo-quotes");
        assertThat(guard.startUnlessRunning(task -> {
            throw new java.util.concurrent.RejectedExecutionException("stopping");
        }, () -> { })).isFalse();
        assertThat(guard.running()).isFalse();
        assertThat(guard.skipped()).isZero();
    }

    @Test
    void the_registry_hands_out_one_guard_per_name_and_reports_its_skips() {
        Sweeps sweeps = new Sweeps();
        SweepGuard guard = sweeps.guard("margin-sweep");
        assertThat(sweeps.guard("margin-sweep")).isSameAs(guard);
        guard.startUnlessRunning(new HeldExecutor(), () -> { });
        guard.startUnlessRunning(new HeldExecutor(), () -> { });
        assertThat(sweeps.skipCounts()).containsEntry("margin-sweep", 1L);
    }
}
