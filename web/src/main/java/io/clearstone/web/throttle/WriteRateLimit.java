package io.clearstone.web.throttle;

import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The write rate each identity may sustain and the burst it may send at once. Read from system properties on use,
 * so that an operator can change them on a running server ({@code /system-property=...:add}); an unreadable value
 * is logged and the default applies.
 *
 * @param perSecond tokens added per second (clearstone.rate-limit.writes.per-second, default 1000)
 * @param burst     bucket size (clearstone.rate-limit.writes.burst, default 2000)
 */
record WriteRateLimit(double perSecond, double burst) {

    static final String PER_SECOND = "clearstone.rate-limit.writes.per-second";
    static final String BURST = "clearstone.rate-limit.writes.burst";
    // generous on purpose: far above what one client of this server sustains (docs/benchmarks.md: ~400 writes/s)
    static final WriteRateLimit DEFAULT = new WriteRateLimit(1000, 2000);

    private static final Logger LOG = Logger.getLogger(WriteRateLimit.class.getName());

    static WriteRateLimit from(UnaryOperator<String> properties) {
        return new WriteRateLimit(atLeast(properties, PER_SECOND, DEFAULT.perSecond, Double.MIN_NORMAL),
                atLeast(properties, BURST, DEFAULT.burst, 1));
    }

    private static double atLeast(UnaryOperator<String> properties, String name, double fallback, double minimum) {
        String value = properties.apply(name);
        if (value == null) {
            return fallback;
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed >= minimum && Double.isFinite(parsed)) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        LOG.warning(() -> name + "=" + value + " is not a number of at least " + minimum + "; using " + fallback);
        return fallback;
    }
}
