package io.clearstone.web.throttle;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How failed sign-ins slow their sender down, from system properties read when the application deploys.
 *
 * @param freeFailures   failures in a row that cost nothing (typos)
 * @param baseDelay      the wait after the last free failure; it doubles with every further failure
 * @param maxDelay       the longest wait, however many failures
 * @param forgetAfter    failures older than this are forgotten (at least {@code maxDelay})
 * @param maxTracked     how many (address, identity) pairs are remembered at most; the least recently seen go first
 * @param trustedProxies addresses whose {@code X-Forwarded-For} names the client (none by default)
 */
public record LoginThrottleSettings(int freeFailures, Duration baseDelay, Duration maxDelay, Duration forgetAfter,
                                    int maxTracked, Set<String> trustedProxies) {

    static final String PREFIX = "clearstone.login-throttle.";

    public LoginThrottleSettings {
        require(freeFailures >= 0, "free-failures", "must not be negative");
        require(!baseDelay.isNegative() && !baseDelay.isZero(), "base-delay", "must be positive");
        require(maxDelay.compareTo(baseDelay) >= 0, "max-delay", "must not be shorter than base-delay");
        require(maxTracked > 0, "max-tracked", "must be positive");
        forgetAfter = forgetAfter.compareTo(maxDelay) < 0 ? maxDelay : forgetAfter;
        trustedProxies = Set.copyOf(trustedProxies);
    }

    /** Reads {@code clearstone.login-throttle.*} through the given lookup (System::getProperty on the server). */
    public static LoginThrottleSettings from(UnaryOperator<String> properties) {
        return new LoginThrottleSettings(
                integer(properties, "free-failures", 5),
                duration(properties, "base-delay", Duration.ofSeconds(1)),
                duration(properties, "max-delay", Duration.ofMinutes(5)),
                duration(properties, "forget-after", Duration.ofMinutes(15)),
                integer(properties, "max-tracked", 10_000),
                addresses(properties.apply(PREFIX + "trusted-proxies")));
    }

    /** Exponential backoff: nothing within the free failures, then base-delay doubling per failure, capped. */
    Duration delayAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = failures - freeFailures;
        if (doublings >= Long.SIZE - 2 || baseDelay.toNanos() > maxDelay.toNanos() >> doublings) {
            return maxDelay;
        }
        return baseDelay.multipliedBy(1L << doublings);
    }

    private static int integer(UnaryOperator<String> properties, String name, int fallback) {
        String value = properties.apply(PREFIX + name);
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, value, "is not an integer");
        }
    }

    private static Duration duration(UnaryOperator<String> properties, String name, Duration fallback) {
        String value = properties.apply(PREFIX + name);
        try {
            return value == null ? fallback : Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, value, "is not an ISO-8601 duration such as PT1S");
        }
    }

    private static Set<String> addresses(String list) {
        return list == null ? Set.of() : Arrays.stream(list.split(",")).map(String::trim)
                .filter(address -> !address.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static void require(boolean condition, String name, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(PREFIX + name + " " + rule);
        }
    }

    private static IllegalArgumentException invalid(String name, String value, String why) {
        return new IllegalArgumentException(PREFIX + name + "=" + value + " " + why);
    }
}
