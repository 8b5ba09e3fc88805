package io.clearstone.web.throttle;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The write rate limit as the system properties say now; parsed again only when they change. */
final class CurrentWriteRateLimit implements Supplier<WriteRateLimit> {

    private final UnaryOperator<String> properties;
    private volatile Parsed last = new Parsed(null, null, WriteRateLimit.DEFAULT);

    CurrentWriteRateLimit(UnaryOperator<String> properties) {
        this.properties = properties;
    }

    @Override
    public WriteRateLimit get() {
        String perSecond = properties.apply(WriteRateLimit.PER_SECOND);
        String burst = properties.apply(WriteRateLimit.BURST);
        Parsed seen = last;
        if (!Objects.equals(seen.perSecond, perSecond) || !Objects.equals(seen.burst, burst)) {
            seen = new Parsed(perSecond, burst, WriteRateLimit.from(properties));
            last = seen;
        }
        return seen.limit;
    }

    private record Parsed(String perSecond, String burst, WriteRateLimit limit) {
    }
}
