package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LoginThrottleSettingsTest {

    @Test
    void defaultsAllowFiveTyposThenBackOffFromOneSecondToFiveMinutesAndTrustNoProxy() {
        LoginThrottleSettings defaults = LoginThrottleSettings.from(name -> null);
        assertThat(defaults.freeFailures()).isEqualTo(5);
        assertThat(defaults.delayAfter(4)).isZero();
        assertThat(defaults.delayAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.delayAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.delayAfter(1_000_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.forgetAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.maxTracked()).isEqualTo(10_000);
        assertThat(defaults.trustedProxies()).isEmpty();
    }

    @Test
    void readsItsSystemProperties() {
        Map<String, String> properties = Map.of("clearstone.login-throttle.free-failures", "2",
                "clearstone.login-throttle.base-delay", "PT0.5S", "clearstone.login-throttle.max-delay", "PT2S",
                "clearstone.login-throttle.forget-after", "PT1S", "clearstone.login-throttle.max-tracked", "7",
                "clearstone.login-throttle.trusted-proxies", " 10.0.0.1, ::1 ,");
        LoginThrottleSettings settings = LoginThrottleSettings.from(properties::get);
        assertThat(settings.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.forgetAfter()).as("never shorter than the longest wait").isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.maxTracked()).isEqualTo(7);
        assertThat(settings.trustedProxies()).containsExactlyInAnyOrder("10.0.0.1", "::1");
    }

    @Test
    void anUnreadableValueStopsTheDeploymentNamingTheProperty() {
        assertThatThrownBy(() -> LoginThrottleSettings.from(
                Map.of("clearstone.login-throttle.base-delay", "1s")::get))
                .hasMessageContaining("clearstone.login-throttle.base-delay=1s");
        assertThatThrownBy(() -> LoginThrottleSettings.from(
                Map.of("clearstone.login-throttle.max-delay", "PT0.1S")::get))
                .hasMessageContaining("clearstone.login-throttle.max-delay");
    }

    @Test
    void theWaitNeverOverflowsWithoutFreeFailures() {
        LoginThrottleSettings none = new LoginThrottleSettings(0, Duration.ofMillis(1), Duration.ofDays(1),
                Duration.ofDays(1), 1, java.util.Set.of());
        assertThat(none.delayAfter(0)).isEqualTo(Duration.ofMillis(1));
        assertThat(none.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
    }
}
