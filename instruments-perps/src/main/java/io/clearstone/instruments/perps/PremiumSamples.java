package io.clearstone.instruments.perps;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.clearstone.instruments.spi.VenueQuote;

/**
 * The premium samples of one funding interval and their average P̄.
 *
 * <p>Where samples come from: a venue quote carries the venue's impact bid and ask (or its mark) and the index the
 * platform had when the quote arrived, so each quote's premium is Binance's [max(0, impact bid − index) − max(0, index
 * − impact ask)] / index against the index of its own moment (or (mark − index) / index without impact prices),
 * whatever the index does later. Nothing beyond the stored venue reports is needed to fix an interval again.
 *
 * <p>Time-weighted, the interval [start, start + interval) is cut into n slots of the sample step; the sample of slot
 * k is the median premium of the venues' latest quotes in that slot (Binance has one order book; with several venues
 * the median keeps one of them from setting the sample, as for the mark), and it weighs k. Binance samples every 5
 * seconds and always has a sample; here a slot in which no venue reported has none, and the others keep their weights
 * (see {@link PerpetualMath#timeWeightedPremium(int[], double[])}).
 */
final class PremiumSamples {

    record Average(double premium, int samples) {
    }

    private PremiumSamples() {
    }

    /** The platform's original average: every quote one sample, all of equal weight; zero without quotes. */
    static Average everyQuote(List<VenueQuote> quotes) {
        return new Average(quotes.stream().mapToDouble(PremiumSamples::premium).average().orElse(0), quotes.size());
    }

    /**
     * Binance's time-weighted average over the interval that ends at the first funding boundary at or after
     * {@code at} (boundaries are the multiples of the interval since the epoch); quotes outside it are not samples.
     */
    static Average timeWeighted(List<VenueQuote> quotes, Instant at, Duration interval, Duration step) {
        long intervalMillis = interval.toMillis();
        long start = Math.floorDiv(at.toEpochMilli() + intervalMillis - 1, intervalMillis) * intervalMillis
                - intervalMillis;
        long slots = intervalMillis / step.toMillis();
        Map<Long, Map<String, VenueQuote>> latestBySlot = new TreeMap<>();
        for (VenueQuote quote : quotes) {
            long slot = Math.floorDiv(quote.observedAt().toEpochMilli() - start, step.toMillis()) + 1;
            if (slot >= 1 && slot <= slots) {
                // quotes come oldest first: a venue's later quote in the slot replaces its earlier one
                latestBySlot.computeIfAbsent(slot, s -> new LinkedHashMap<>()).put(quote.venue(), quote);
            }
        }
        int[] positions = new int[latestBySlot.size()];
        double[] premiums = new double[latestBySlot.size()];
        int i = 0;
        for (Map.Entry<Long, Map<String, VenueQuote>> slot : latestBySlot.entrySet()) {
            positions[i] = Math.toIntExact(slot.getKey());
            premiums[i] = median(slot.getValue().values().stream().mapToDouble(PremiumSamples::premium).toArray());
            i++;
        }
        return new Average(PerpetualMath.timeWeightedPremium(positions, premiums), positions.length);
    }

    static double premium(VenueQuote quote) {
        double index = quote.indexAtObservation();
        if (quote.impactBid().isPresent()) {
            return PerpetualMath.premium(quote.impactBid().getAsDouble(), quote.impactAsk().getAsDouble(), index);
        }
        return (quote.venueMark().getAsDouble() - index) / index;
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
