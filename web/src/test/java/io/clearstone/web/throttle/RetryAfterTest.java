package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

    @Test
    void roundsUpToWholeSecondsAndIsNeverZero() {
        assertThat(RetryAfter.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ofMillis(1001))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ofSeconds(3))).isEqualTo(3);
        assertThat(RetryAfter.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
