package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.VenueQuote;

/**
 * The mark price of a swap: the index plus the median of the venues' latest bases (each venue's mark, or the middle
 * of its impact prices, minus the index it was observed against), that basis clamped to ±band × index. One venue
 * cannot move the median past the others, and all of them together cannot move the mark beyond the band. Without
 * venue quotes the mark is the index.
 */
final class MarkPrice {

    private final PerpetualTerms terms;

    MarkPrice(PerpetualTerms terms) {
        this.terms = terms;
    }

    OptionalDouble of(MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(terms.underlying());
        if (index.isEmpty()) {
            return index;
        }
        double[] bases = market.venueQuotes().stream().mapToDouble(VenueQuote::basis).sorted().toArray();
        return OptionalDouble.of(PerpetualMath.markPrice(index.getAsDouble(), median(bases),
                terms.markBand().doubleValue()));
    }

    /** The mark rounded half-even to the tick, as funding uses it. */
    Optional<BigDecimal> atTick(MarketSnapshot market) {
        OptionalDouble mark = of(market);
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal tick = terms.tickSize();
        BigDecimal ticks = BigDecimal.valueOf(mark.getAsDouble()).divide(tick, 0, RoundingMode.HALF_EVEN);
        return Optional.of(ticks.multiply(tick));
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
