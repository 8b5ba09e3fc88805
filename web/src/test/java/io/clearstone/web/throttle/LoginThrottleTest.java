package io.clearstone.web.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final ThrottleKey ATTACKER_ALICE = ThrottleKey.of("198.51.100.1", "alice");
    private static final ThrottleKey OWNER_ALICE = ThrottleKey.of("203.0.113.7", "alice");
    private static final ThrottleKey ATTACKER_BOB = ThrottleKey.of("198.51.100.1", "bob");

    private final SettableClock clock = new SettableClock();
    private final LoginThrottle throttle = new LoginThrottle(settings(100), clock);

    private static LoginThrottleSettings settings(int maxTracked) {
        return new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15),
                maxTracked, Set.of());
    }

    @Test
    void freeFailuresCostNothingThenTheWaitDoublesUpToItsCap() {
        fail(ATTACKER_ALICE, 2);
        assertThat(waitFor(throttle, ATTACKER_ALICE)).isEmpty();

        assertThat(waitsAfterEachFailure(6)).containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
    }

    @Test
    void theWaitRunsFromTheLastFailureAndThenTheNextAttemptIsChecked() {
        fail(ATTACKER_ALICE, 4);
        assertThat(waitFor(throttle, ATTACKER_ALICE)).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofMillis(1500));
        assertThat(waitFor(throttle, ATTACKER_ALICE)).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(waitFor(throttle, ATTACKER_ALICE)).isEmpty();
    }

    @Test
    void theIdentityIsNeverRefusedFromAnotherAddressNorAnotherIdentityFromTheAttackersAddress() {
        fail(ATTACKER_ALICE, 50);
        assertThat(waitFor(throttle, ATTACKER_ALICE)).contains(Duration.ofSeconds(8));
        assertThat(waitFor(throttle, OWNER_ALICE)).isEmpty();
        assertThat(waitFor(throttle, ATTACKER_BOB)).isEmpty();
    }

    @Test
    void aSuccessForgetsThePairsFailures() {
        fail(ATTACKER_ALICE, 5);
        clock.advance(Duration.ofSeconds(8));
        throttle.succeeded(ATTACKER_ALICE);

        fail(ATTACKER_ALICE, 2);
        assertThat(waitFor(throttle, ATTACKER_ALICE)).isEmpty();
        assertThat(throttle.tracked()).isEqualTo(1);
    }

    @Test
    void oldFailuresAreForgotten() {
        fail(ATTACKER_ALICE, 10);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        throttle.failed(ATTACKER_ALICE);
        assertThat(waitFor(throttle, ATTACKER_ALICE)).as("one failure, the first of a new count").isEmpty();
    }

    @Test
    void memoryIsBoundedHoweverManyPairsAnAttackerCycles() {
        LoginThrottle bounded = new LoginThrottle(settings(100), clock);
        for (int i = 0; i < 10_000; i++) {
            bounded.failed(ThrottleKey.of("10.0." + i / 256 + "." + i % 256, "identity-" + i));
        }
        assertThat(bounded.tracked()).isEqualTo(100);
    }

    @Test
    void theLeastRecentlySeenPairIsDroppedFirst() {
        LoginThrottle bounded = new LoginThrottle(settings(2), clock);
        for (int i = 0; i < 4; i++) {
            bounded.failed(ATTACKER_ALICE);
        }
        bounded.failed(OWNER_ALICE);
        waitFor(bounded, ATTACKER_ALICE);
        bounded.failed(ATTACKER_BOB);
        assertThat(waitFor(bounded, ATTACKER_ALICE)).as("seen recently, kept").isPresent();
        assertThat(bounded.tracked()).isEqualTo(2);
    }

    @Test
    void overlongIdentitiesAreCutSoThatKeysStaySmall() {
        assertThat(ThrottleKey.of("10.0.0.1", "x".repeat(10_000)).identity()).hasSize(128);
    }

    @Test
    void aPairThatHasFailedMayHaveOnlyOneAttemptInFlight() {
        throttle.failed(ATTACKER_ALICE);
        assertThat(throttle.tryBegin(ATTACKER_ALICE)).isEmpty();
        assertThat(throttle.tryBegin(ATTACKER_ALICE)).as("a second guess in parallel").isPresent();
        throttle.abandoned(ATTACKER_ALICE);
        assertThat(throttle.tryBegin(ATTACKER_ALICE)).isEmpty();
        throttle.failed(ATTACKER_ALICE);
        assertThat(throttle.tryBegin(ATTACKER_ALICE)).as("the failure ended the attempt").isEmpty();
    }

    @Test
    void clientsThatNeverFailedRunAnyNumberOfAttemptsInParallel() {
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.tryBegin(OWNER_ALICE)).isEmpty();
        }
        assertThat(throttle.tracked()).isZero();
    }

    /** The wait an attempt would get now, without leaving it in flight. */
    private static Optional<Duration> waitFor(LoginThrottle throttle, ThrottleKey key) {
        Optional<Duration> wait = throttle.tryBegin(key);
        if (wait.isEmpty()) {
            throttle.abandoned(key);
        }
        return wait;
    }

    private void fail(ThrottleKey key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    private java.util.List<Long> waitsAfterEachFailure(int failures) {
        java.util.List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < failures; i++) {
            throttle.failed(ATTACKER_ALICE);
            Optional<Duration> wait = waitFor(throttle, ATTACKER_ALICE);
            waits.add(wait.map(Duration::getSeconds).orElse(0L));
            clock.advance(wait.orElse(Duration.ZERO));
        }
        return waits;
    }
}
