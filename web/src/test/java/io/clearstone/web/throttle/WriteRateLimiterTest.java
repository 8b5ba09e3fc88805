package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WriteRateLimiterTest {

    private final SettableClock clock = new SettableClock();
    private final Map<String, String> properties = new HashMap<>(Map.of(
            WriteRateLimit.PER_SECOND, "2", WriteRateLimit.BURST, "3"));
    private final WriteRateLimiter limiter =
            new WriteRateLimiter(new CurrentWriteRateLimit(properties::get), clock::nanos, 100);

    @Test
    void anIdentityMaySendItsBurstThenWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("alice")).as("write " + i).isEmpty();
        }
        assertThat(limiter.acquire("alice")).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.acquire("alice")).isEmpty();
        assertThat(limiter.acquire("alice")).contains(Duration.ofMillis(500));
    }

    @Test
    void theBucketRefillsNoFurtherThanTheBurst() {
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("alice")).isEmpty();
        }
        assertThat(limiter.acquire("alice")).isPresent();
    }

    @Test
    void oneIdentityExhaustedLeavesAnotherUntouched() {
        for (int i = 0; i < 4; i++) {
            limiter.acquire("alice");
        }
        assertThat(limiter.acquire("alice")).isPresent();
        assertThat(limiter.acquire("bob")).isEmpty();
    }

    @Test
    void aChangedLimitAppliesToBucketsAlreadyFilled() {
        properties.put(WriteRateLimit.BURST, "1");
        assertThat(limiter.acquire("alice")).isEmpty();
        assertThat(limiter.acquire("alice")).isPresent();
        properties.put(WriteRateLimit.PER_SECOND, "0.1");
        assertThat(limiter.acquire("alice")).contains(Duration.ofSeconds(10));
    }

    @Test
    void unreadableOrOutOfRangeValuesFallBackToTheGenerousDefaults() {
        assertThat(WriteRateLimit.from(Map.of(WriteRateLimit.PER_SECOND, "fast", WriteRateLimit.BURST, "0")::get))
                .isEqualTo(WriteRateLimit.DEFAULT);
        assertThat(WriteRateLimit.from(Map.of(WriteRateLimit.PER_SECOND, "-1", WriteRateLimit.BURST, "NaN")::get))
                .isEqualTo(WriteRateLimit.DEFAULT);
        assertThat(WriteRateLimit.from(name -> null)).isEqualTo(new WriteRateLimit(1000, 2000));
    }

    @Test
    void memoryIsBoundedByTheNumberOfIdentitiesTracked() {
        for (int i = 0; i < 1_000; i++) {
            limiter.acquire("identity-" + i);
        }
        assertThat(limiter.tracked()).isEqualTo(100);
    }
}
