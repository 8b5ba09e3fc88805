package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.FundingFixing;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.VenueQuote;

class PerpetualFundingTest {

    private static final Instant BOUNDARY = Instant.parse("2026-11-21T08:00:00Z");
    private static final double INDEX = 50_000;

    @Test
    void aPremiumOfTenBasisPointsFundsAtTheClampedFiveBasisPoints() {
        // P = (50,050 − 50,000) / 50,000 = 0.10%; F = 0.10% + clamp(0.01% − 0.10%, ±0.05%) = 0.05%
        FundingFixing fixing = funding(Duration.ofHours(8)).fix(List.of(impact(50_050, 50_060)), market(List.of()));
        assertThat(fixing.averagePremium()).isCloseTo(0.001, within(1e-12));
        assertThat(fixing.rate()).isEqualByComparingTo("0.0005");
        assertThat(fixing.samples()).isEqualTo(1);
    }

    @Test
    void aPremiumOfTwoBasisPointsFundsAtTheInterestRate() {
        // P = 0.02%; F = 0.02% + clamp(−0.01%) = 0.01%, averaged over two samples (0.01% and 0.03%)
        FundingFixing fixing = funding(Duration.ofHours(8))
                .fix(List.of(impact(50_005, 50_010), impact(50_015, 50_020)), market(List.of()));
        assertThat(fixing.averagePremium()).isCloseTo(0.0002, within(1e-12));
        assertThat(fixing.rate()).isEqualByComparingTo("0.0001");
    }

    @Test
    void anHourlyIntervalPaysAnEighthOfTheEightHourRateAndNoMoreThanTheCap() {
        assertThat(funding(Duration.ofHours(1)).fix(List.of(impact(50_050, 50_060)), market(List.of())).rate())
                .isEqualByComparingTo("0.0000625");
        // a 10% premium: F = 10% − 0.05% per 8 hours, capped at 0.75% per interval
        assertThat(funding(Duration.ofHours(8)).fix(List.of(mark(55_000)), market(List.of())).rate())
                .isEqualByComparingTo("0.0075");
    }

    @Test
    void withoutSamplesTheRateIsTheInterestRate() {
        assertThat(funding(Duration.ofHours(8)).fix(List.of(), market(List.of())).rate())
                .isEqualByComparingTo("0.0001");
    }

    @Test
    void linearLongsPayNotionalAtMarkTimesRateAndShortsReceiveIt() {
        PerpetualFunding funding = funding(Duration.ofHours(8));
        FundingFixing fixing = new FundingFixing(new BigDecimal("0.0001"), new BigDecimal("50000"), 0, 0);
        // 2,000 contracts of 0.001 BTC = 2 BTC = 100,000 USD notional; 0.01% of it is 10 USDC
        assertThat(funding.payment(new BigDecimal("2000"), fixing)).isEqualByComparingTo("-10");
        assertThat(funding.payment(new BigDecimal("-2000"), fixing)).isEqualByComparingTo("10");
    }

    @Test
    void inverseLongsPayTheirUsdNotionalInCoin() {
        PerpetualFunding funding = new PerpetualFunding(terms(ContractStyle.INVERSE, BigDecimal.ONE,
                Duration.ofHours(8)), new MarkPrice(terms(ContractStyle.INVERSE, BigDecimal.ONE, Duration.ofHours(8))));
        FundingFixing fixing = new FundingFixing(new BigDecimal("-0.0002"), new BigDecimal("40000"), 0, 0);
        // 100,000 USD at a negative rate: shorts pay longs 20 USD = 0.0005 BTC
        assertThat(funding.payment(new BigDecimal("100000"), fixing)).isEqualByComparingTo("0.0005");
    }

    @Test
    void theMarkIsTheIndexPlusTheMedianBasisWithinTheBand() {
        MarkPrice markPrice = new MarkPrice(terms(ContractStyle.LINEAR, new BigDecimal("0.001"), Duration.ofHours(8)));
        assertThat(markPrice.of(market(List.of())).getAsDouble()).isEqualTo(INDEX);
        // venues at +20, +30 and a manipulated +5,000: the median basis is +30
        assertThat(markPrice.of(market(List.of(mark(50_020), mark(50_030), mark(55_000)))).getAsDouble())
                .isCloseTo(50_030, within(1e-9));
        // all three manipulated: the basis is clamped to the 0.5% band
        assertThat(markPrice.of(market(List.of(mark(60_000), mark(61_000), mark(62_000)))).getAsDouble())
                .isCloseTo(50_250, within(1e-9));
        assertThat(markPrice.of(market(List.of(impact(40_000, 40_010)))).getAsDouble())
                .isCloseTo(49_750, within(1e-9));
    }

    @Test
    void theFixedMarkIsRoundedToTheTick() {
        FundingFixing fixing = funding(Duration.ofHours(8)).fix(List.of(), market(List.of(mark(50_012.3))));
        assertThat(fixing.markPrice()).isEqualByComparingTo("50012.5");
    }

    private static PerpetualFunding funding(Duration interval) {
        PerpetualTerms terms = terms(ContractStyle.LINEAR, new BigDecimal("0.001"), interval);
        return new PerpetualFunding(terms, new MarkPrice(terms));
    }

    static PerpetualTerms terms(ContractStyle style, BigDecimal size, Duration interval) {
        return new PerpetualTerms("BTC-USD", style, size, new BigDecimal("0.5"), interval, new BigDecimal("0.0001"),
                new BigDecimal("0.0005"), new BigDecimal("0.0075"), new BigDecimal("0.005"),
                new PerpetualTerms.RiskLimitTerms(new BigDecimal("1000000"), new BigDecimal("1000000"), 9,
                        new BigDecimal("0.01"), new BigDecimal("0.005"), new BigDecimal("0.005")),
                new BigDecimal("100"), null);
    }

    private static MarketSnapshot market(List<VenueQuote> latest) {
        return MarketSnapshot.at(BOUNDARY).index("BTC-USD", INDEX).build().withVenueQuotes(latest);
    }

    private static VenueQuote impact(double bid, double ask) {
        return new VenueQuote("venue", BOUNDARY, INDEX, OptionalDouble.of(bid), OptionalDouble.of(ask),
                OptionalDouble.empty());
    }

    private static VenueQuote mark(double venueMark) {
        return new VenueQuote("venue", BOUNDARY, INDEX, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.of(venueMark));
    }
}
