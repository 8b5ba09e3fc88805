package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The minute's systemic-risk check: never two at once, never past its budget, never after the application stops. */
class RiskGraphAlertsTest {

    private static final RiskGraphViews.ThresholdView NEAR = new RiskGraphViews.ThresholdView("asset:ETH", 0.05, true);

    private final SlowThresholds slow = new SlowThresholds();
    private final RiskGraphAlerts alerts = new RiskGraphAlerts();
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Whether this node runs the clearing engine, as the test says. */
    private final java.util.concurrent.atomic.AtomicBoolean engineHere = new java.util.concurrent.atomic.AtomicBoolean(true);

    @BeforeEach
    void wire() {
        alerts.engine = new io.clearstone.domain.engine.ClearingEngine() {
            @Override
            public boolean running() {
                return engineHere.get();
            }
        };
        alerts.riskGraph = slow;
        alerts.maxRunSeconds = 30;
        alerts.sweeps = new io.clearstone.domain.shared.Sweeps();
        alerts.executor = Runnable::run; // the check runs on the thread of the minute, as the tests drive it
        alerts.guard();
        Logger.getLogger(RiskGraphAlerts.class.getName()).addHandler(capture);
    }

    @AfterEach
    void unwire() {
        slow.release.countDown();
        Logger.getLogger(RiskGraphAlerts.class.getName()).removeHandler(capture);
    }

    @Test
    void aMinuteThatFindsTheLastCheckStillRunningIsSkippedAndCounted() throws InterruptedException {
        Thread first = new Thread(alerts::everyMinute);
        first.start();
        assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();

        assertTimeoutPreemptively(Duration.ofSeconds(2), alerts::everyMinute, "the next minute waited for the last");
        assertThat(slow.runs).hasValue(1);
        assertThat(alerts.sweeps.skipCounts()).containsEntry("systemic-risk-check", 1L);

        slow.release.countDown();
        first.join(5_000);
        assertThat(alerts.latest().alerts()).containsExactly(NEAR);
        alerts.everyMinute();
        assertThat(slow.runs).as("the minute after it runs again").hasValue(2);
    }

    @Test
    void aCheckAskedForWhileTheMinutesRunsWaitsForItAndThenComputesAfresh() throws InterruptedException {
        Thread minute = new Thread(alerts::everyMinute);
        minute.start();
        assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();
        Thread asked = new Thread(alerts::check);
        asked.start();
        Thread.sleep(200);
        assertThat(slow.runs).as("not two at once").hasValue(1);

        slow.release.countDown();
        minute.join(5_000);
        asked.join(5_000);
        assertThat(slow.runs).hasValue(2);
    }

    @Test
    void aCheckUnderWayEndsAsSoonAsTheApplicationStopsAndNoneStartsAfter() throws InterruptedException {
        Thread minute = new Thread(alerts::everyMinute);
        minute.start();
        assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();

        alerts.stop();
        minute.join(2_000);
        assertThat(minute.isAlive()).as("the check still runs after the application stopped").isFalse();
        assertThat(alerts.latest().checkedAt()).as("an abandoned check leaves the last answer").isNull();
        assertThat(logged).anySatisfy(message -> assertThat(message).contains("abandoned"));

        alerts.everyMinute();
        assertThat(slow.runs).hasValue(1);
    }

    @Test
    void aCheckGivesUpPastItsTimeBudget() {
        alerts.maxRunSeconds = 0;
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(alerts::check)
                .isInstanceOf(CheckAbandoned.class).hasMessageContaining("more than 0 s"));
        assertThat(alerts.latest().checkedAt()).isNull();
    }

    /** A threshold search that reports progress until released, then finds one asset near. */
    private static final class SlowThresholds extends RiskGraphService {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public List<RiskGraphViews.ThresholdView> thresholds() {
            return thresholds(done -> {
            });
        }

        @Override
        public List<RiskGraphViews.ThresholdView> thresholds(DoubleConsumer progress) {
            runs.incrementAndGet();
            started.countDown();
            try {
                while (!release.await(10, TimeUnit.MILLISECONDS)) {
                    progress.accept(0.5);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(NEAR);
        }
    }

    @Test
    void aNodeThatDoesNotRunTheClearingEngineChecksNothing() {
        engineHere.set(false);
        slow.release.countDown();

        alerts.everyMinute();

        assertThat(slow.runs.get()).as("checks on a node without the engine").isZero();
    }
}
