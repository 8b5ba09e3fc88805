package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.FundingFixing;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.VenueQuote;

/**
 * Funding as BitMEX and Binance publish it: the interest component from daily quote and base rates, and Binance's
 * time-weighted premium over the interval's sample times. Hand-derived: the arithmetic is beside each figure.
 */
class VenueFundingTest {

    private static final Instant START = Instant.parse("2026-11-21T00:00:00Z");
    private static final Instant BOUNDARY = START.plus(Duration.ofHours(8));
    private static final double INDEX = 50_000;

    @Test
    void thePublishedDailyRatesFundAtOneBasisPointPer8Hours() {
        // (0.06% − 0.03%) / 3 = 0.01% per 8 hours; no premium samples, so F = 0 + clamp(0.01% − 0) = 0.01%
        assertThat(fix(daily("0.0006", "0.0003", Duration.ofHours(8), PremiumAverage.EVERY_QUOTE), List.of())
                .rate()).isEqualByComparingTo("0.0001");
        // hourly: (0.06% − 0.03%) / 24 = 0.00125% an hour
        assertThat(fix(daily("0.0006", "0.0003", Duration.ofHours(1), PremiumAverage.EVERY_QUOTE), List.of())
                .rate()).isEqualByComparingTo("0.0000125");
    }

    @Test
    void aDearerBaseThanQuoteMakesShortsPay() {
        // quote 0.03%, base 0.06% a day: (0.03% − 0.06%) / 3 = −0.01% per 8 hours
        assertThat(fix(daily("0.0003", "0.0006", Duration.ofHours(8), PremiumAverage.EVERY_QUOTE), List.of())
                .rate()).isEqualByComparingTo("-0.0001");
    }

    @Test
    void theInterestIsClampedAgainstThePremium() {
        PerpetualTerms terms = daily("0.0036", "0", Duration.ofHours(8), PremiumAverage.EVERY_QUOTE);
        // I = 0.36% / 3 = 0.12% per 8 hours; without a premium F = 0 + clamp(0.12%, ±0.05%) = 0.05%
        assertThat(fix(terms, List.of()).rate()).isEqualByComparingTo("0.0005");
        // with one sample at a 0.10% premium: F = 0.10% + clamp(0.12% − 0.10% = 0.02%) = 0.12%
        assertThat(fix(terms, List.of(premium("a", START.plusSeconds(60), 0.001))).rate())
                .isEqualByComparingTo("0.0012");
    }

    @Test
    void timeWeightedSamplesWeighTheirHourOfTheInterval() {
        // hourly sample times over 8 hours; the k-th hour's sample is a premium of k × 0.02%
        List<VenueQuote> quotes = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            quotes.add(premium("a", START.plus(Duration.ofHours(k - 1)).plusSeconds(30), 0.0002 * k));
        }
        // P̄ = Σ k·(0.02% k) / Σ k = 0.02% × 204 / 36 = 0.113333…%; F = P̄ + clamp(0.01% − P̄, ±0.05%) = P̄ − 0.05%
        FundingFixing weighted = fix(hourlySamples(PremiumAverage.TIME_WEIGHTED), quotes);
        assertThat(weighted.averagePremium()).isCloseTo(0.0002 * 204 / 36, within(1e-15));
        assertThat(weighted.samples()).isEqualTo(8);
        assertThat(weighted.rate()).isEqualByComparingTo("0.00063333");
        // the same quotes with every quote weighing the same: P̄ = 0.02% × 36 / 8 = 0.09%, F = 0.09% − 0.05% = 0.04%
        FundingFixing flat = fix(hourlySamples(PremiumAverage.EVERY_QUOTE), quotes);
        assertThat(flat.averagePremium()).isCloseTo(0.0009, within(1e-15));
        assertThat(flat.rate()).isEqualByComparingTo("0.0004");
    }

    @Test
    void aSampleIsTheMedianOfTheVenuesLatestQuotesInItsSlot() {
        Instant firstHour = START.plusSeconds(600);
        // venue a quotes 0.02% then 0.04% (its latest counts), b 0.10%, c 0.03%: median of {0.04, 0.10, 0.03}%
        List<VenueQuote> quotes = List.of(premium("a", firstHour, 0.0002), premium("b", firstHour.plusSeconds(1), 0.001),
                premium("c", firstHour.plusSeconds(2), 0.0003), premium("a", firstHour.plusSeconds(3), 0.0004));
        FundingFixing fixing = fix(hourlySamples(PremiumAverage.TIME_WEIGHTED), quotes);
        assertThat(fixing.averagePremium()).isCloseTo(0.0004, within(1e-15));
        assertThat(fixing.samples()).isEqualTo(1);
    }

    @Test
    void hoursWithoutQuotesHaveNoSampleAndTheOthersKeepTheirWeights() {
        // quotes in the 2nd hour (0.02%) and the 8th (0.10%) only, and one before the interval began, not a sample:
        // (2 × 0.02% + 8 × 0.10%) / (2 + 8) = 0.084%
        List<VenueQuote> quotes = List.of(premium("a", START.minusSeconds(1), 0.05),
                premium("a", START.plus(Duration.ofMinutes(90)), 0.0002),
                premium("a", BOUNDARY.minusSeconds(1), 0.001));
        FundingFixing fixing = fix(hourlySamples(PremiumAverage.TIME_WEIGHTED), quotes);
        assertThat(fixing.averagePremium()).isCloseTo(0.00084, within(1e-15));
        assertThat(fixing.samples()).isEqualTo(2);
    }

    @Test
    void anEstimateDuringTheIntervalWeighsTheHoursSoFar() {
        // at 05:30 the interval is still 00:00–08:00: a quote at 00:30 weighs 1, one at 05:10 weighs 6:
        // (1 × 0.01% + 6 × 0.08%) / 7 = 0.07%
        List<VenueQuote> quotes = List.of(premium("a", START.plusSeconds(1800), 0.0001),
                premium("a", START.plus(Duration.ofMinutes(310)), 0.0008));
        FundingFixing estimate = resolved(hourlySamples(PremiumAverage.TIME_WEIGHTED)).fix(quotes,
                MarketSnapshot.at(START.plus(Duration.ofMinutes(330))).index("BTC-USD", INDEX).build());
        assertThat(estimate.averagePremium()).isCloseTo(0.0007, within(1e-15));
    }

    @Test
    void binancesFiveSecondSamplingOfAnEightHourInterval() {
        // 5,760 samples 5 seconds apart, the k-th a premium of k × 1e-8 (a steady rise to 0.00576%):
        // Σ k·(k c) / Σ k = c (2n + 1) / 3 = 1e-8 × 11,521 / 3 = 0.0000384033…
        PerpetualTerms terms = withSampling(daily("0.0006", "0.0003", Duration.ofHours(8),
                PremiumAverage.TIME_WEIGHTED), Duration.ofSeconds(5));
        List<VenueQuote> quotes = new ArrayList<>();
        for (int k = 1; k <= 5_760; k++) {
            quotes.add(premium("a", START.plusSeconds(5L * (k - 1) + 2), 1e-8 * k));
        }
        FundingFixing fixing = fix(terms, quotes);
        assertThat(fixing.samples()).isEqualTo(5_760);
        assertThat(fixing.averagePremium()).isCloseTo(1e-8 * 11_521 / 3, within(1e-15));
        // F = P̄ + clamp(0.01% − P̄) = 0.01%: the premium is inside the clamp
        assertThat(fixing.rate()).isEqualByComparingTo("0.0001");
    }

    private static FundingFixing fix(PerpetualTerms terms, List<VenueQuote> samples) {
        return resolved(terms).fix(samples, MarketSnapshot.at(BOUNDARY).index("BTC-USD", INDEX).build());
    }

    private static PerpetualFunding resolved(PerpetualTerms terms) {
        return new PerpetualFunding(terms, new MarkPrice(terms));
    }

    private static PerpetualTerms hourlySamples(PremiumAverage average) {
        return withSampling(daily("0.0006", "0.0003", Duration.ofHours(8), average), Duration.ofHours(1));
    }

    static PerpetualTerms daily(String quote, String base, Duration interval, PremiumAverage average) {
        PerpetualTerms legacy = PerpetualFundingTest.terms(ContractStyle.LINEAR, new BigDecimal("0.001"), interval);
        return new PerpetualTerms(legacy.underlying(), legacy.style(), legacy.contractSize(), legacy.tickSize(),
                interval, null, legacy.premiumClamp(), legacy.fundingCap(), legacy.markBand(), legacy.riskLimits(),
                legacy.maxLeverage(), null, new BigDecimal(quote), new BigDecimal(base), average,
                PerpetualTerms.DEFAULT_SAMPLE_INTERVAL, MaintenanceBasis.MARK);
    }

    private static PerpetualTerms withSampling(PerpetualTerms t, Duration step) {
        return new PerpetualTerms(t.underlying(), t.style(), t.contractSize(), t.tickSize(), t.fundingInterval(),
                t.interestRate(), t.premiumClamp(), t.fundingCap(), t.markBand(), t.riskLimits(), t.maxLeverage(),
                t.maxPosition(), t.interestQuoteRate(), t.interestBaseRate(), t.premiumAverage(), step,
                t.maintenanceOn());
    }

    /** A venue quote whose impact bid is {@code premium} above the index it was observed against. */
    private static VenueQuote premium(String venue, Instant at, double premium) {
        return new VenueQuote(venue, at, INDEX, OptionalDouble.of(INDEX * (1 + premium)),
                OptionalDouble.of(INDEX * (1 + premium) + 10), OptionalDouble.empty());
    }
}
