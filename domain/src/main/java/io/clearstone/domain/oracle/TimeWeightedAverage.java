package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Time-weighted average of a step function of prices over [from, to]: each price counts for as long as it was in
 * force. Used for expiry settlement, where a single print must not decide the outcome. When the history starts
 * inside the window, the average covers only the part of the window with a price.
 */
public final class TimeWeightedAverage {

    private static final int SCALE = 18;

    private TimeWeightedAverage() {
    }

    /**
     * @param history points in ascending time; include the last point at or before {@code from} so the window's
     *                opening price is known
     */
    public static Optional<BigDecimal> over(List<PricePoint> history, Instant from, Instant to) {
        BigDecimal weighted = BigDecimal.ZERO;
        long covered = 0;
        for (int i = 0; i < history.size(); i++) {
            Instant start = max(history.get(i).effectiveAt(), from);
            Instant end = i + 1 < history.size() ? min(history.get(i + 1).effectiveAt(), to) : to;
            long micros = Duration.between(start, end).toNanos() / 1_000;
            if (micros > 0) {
                weighted = weighted.add(history.get(i).price().multiply(BigDecimal.valueOf(micros)));
                covered += micros;
            }
        }
        if (covered == 0) {
            return history.stream().filter(p -> !p.effectiveAt().isAfter(to)).reduce((a, b) -> b)
                    .map(PricePoint::price);
        }
        return Optional.of(weighted.divide(BigDecimal.valueOf(covered), SCALE, RoundingMode.HALF_EVEN));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
