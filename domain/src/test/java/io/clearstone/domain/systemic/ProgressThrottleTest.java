package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ProgressThrottle throttle = new ProgressThrottle(Duration.ofSeconds(1), nanos::get);

    @Test
    void aReportIsLetThroughAtMostOncePerInterval() {
        assertThat(throttle.report(0.1)).as("within the first second").isNegative();
        nanos.addAndGet(1_000_000_000);
        assertThat(throttle.report(0.2)).isEqualTo(0.2);
        assertThat(throttle.report(0.3)).isNegative();
        nanos.addAndGet(999_999_999);
        assertThat(throttle.report(0.4)).isNegative();
        nanos.addAndGet(1);
        assertThat(throttle.report(0.5)).isEqualTo(0.5);
    }

    @Test
    void theShareWrittenIsTheBestReportedNeverALateSmallerOne() {
        throttle.report(0.7);
        nanos.addAndGet(2_000_000_000);
        assertThat(throttle.report(0.6)).isEqualTo(0.7);
    }

    @Test
    void sharesAreBoundedToZeroAndOne() {
        nanos.addAndGet(2_000_000_000);
        assertThat(throttle.report(1.5)).isEqualTo(1.0);
    }
}
