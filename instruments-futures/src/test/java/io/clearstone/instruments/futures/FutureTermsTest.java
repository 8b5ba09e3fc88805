package io.clearstone.instruments.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** Terms: their defaults, their round trip, and every rule refusing what it must, naming the field. */
class FutureTermsTest {

    private final DatedFuturePlugin plugin = Samples.plugin();

    @Test
    void omittedTermsTakeTheirDefaultsAndTheEncodingStatesThem() {
        FutureTerms terms = (FutureTerms) plugin.decode(Samples.linearQuarterly(), 1);
        assertThat(terms.dailySettlementTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(terms.settlementPeriod()).isEqualTo(Duration.ofDays(1));
        assertThat(terms.settlementWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(terms.marginTiers()).isEqualTo(new FutureTerms.MarginTierTerms(new BigDecimal("1000000"),
                new BigDecimal("1000000"), 9, new BigDecimal("0.01"), new BigDecimal("0.005"),
                new BigDecimal("0.005")));
        assertThat(terms.maxLeverage()).isEqualByComparingTo("100");
        assertThat(terms.maxPosition()).isNull();

        Map<String, Object> encoded = plugin.encode(terms).fields();
        assertThat(encoded).containsEntry("expiry", "2027-03-26T08:00:00Z").containsEntry("dailySettlementTime",
                "08:00").containsEntry("settlementPeriod", "PT24H").containsEntry("settlementWindow", "PT30M")
                .doesNotContainKey("maxPosition");
        assertThat(plugin.decode(plugin.encode(terms), 1)).isEqualTo(terms);
    }

    @Test
    void everyTermSurvivesTheRoundTrip() {
        FutureTerms terms = (FutureTerms) plugin.decode(Samples.linearCapped(), 1);
        assertThat(terms.dailySettlementTime()).isEqualTo(LocalTime.of(16, 0));
        assertThat(terms.settlementWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(terms.maxPosition()).isEqualByComparingTo("20000");
        assertThat(terms.marginTiers().steps()).isEqualTo(4);
        FutureTerms again = (FutureTerms) plugin.decode(plugin.encode(terms), 1);
        assertThat(again).isEqualTo(terms);
        assertThat(plugin.encode(again)).isEqualTo(plugin.encode(terms));
    }

    @Test
    void malformedTermsAreAllNamedAtOnce() {
        TermsDocument malformed = TermsDocument.of(Map.of("underlying", "BTC-USD", "style", "SIDEWAYS",
                "contractSize", "a lot", "tickSize", BigDecimal.ONE, "expiry", "next Friday",
                "dailySettlementTime", "8am", "settlementPeriod", "a day", "settlementWindow", "half an hour"));
        assertThatThrownBy(() -> plugin.decode(malformed, 1)).isInstanceOfSatisfying(TermsException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("style",
                        "contractSize", "expiry", "dailySettlementTime", "settlementPeriod", "settlementWindow"));
        assertThatThrownBy(() -> plugin.decode(Samples.linearQuarterly(), 2)).isInstanceOfSatisfying(
                TermsException.class, e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactly("version"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "expiry | 2026-11-21T08:00:00Z | must be in the future",
            "expiry | 2026-11-20T08:00:00Z | must be in the future",
            "expiry | 2037-03-27T08:00:00Z | within ten years",
            "expiry | 2027-03-26T08:00:00.500Z | whole second",
            "expiry | 2027-03-26T09:00:00Z | dailySettlementTime 08:00",
            "dailySettlementTime | 09:00 | dailySettlementTime 09:00",
            "settlementPeriod | PT4S | from PT5S to P1D",
            "settlementPeriod | P2D | from PT5S to P1D",
            "settlementPeriod | PT-10S | from PT5S to P1D",
            "settlementPeriod | PT10.5S | from PT5S to P1D",
            "settlementWindow | PT-1S | zero or more",
            "settlementWindow | PT25H | at most the settlementPeriod",
            "underlying | btc | index symbol"})
    void aRuleIsBrokenAndItsFieldNamed(String field, String value, String message) {
        // dailySettlementTime at 09:00 leaves the 08:00 expiry off it: the expiry is the field at fault
        String named = field.equals("dailySettlementTime") ? "expiry" : field;
        assertThat(violations(Samples.with(Samples.linearQuarterly(), field, value)))
                .anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(named);
                    assertThat(v.message()).contains(message);
                });
    }

    @Test
    void aWindowLongerThanAShortPeriodIsRefusedAndOneAsLongAsItIsAccepted() {
        assertThat(violations(Samples.with(Samples.inverseEveryTenSeconds(), "settlementWindow", "PT11S")))
                .extracting(Violation::field).containsExactly("settlementWindow");
        assertThat(violations(Samples.with(Samples.inverseEveryTenSeconds(), "settlementWindow", "PT10S"))).isEmpty();
        assertThat(violations(Samples.with(Samples.inverseEveryTenSeconds(), "settlementWindow", "PT0S"))).isEmpty();
    }

    @Test
    void aShortPeriodNeedNotFallOnTheDailySettlementTime() {
        // settlements every 10 s are anchored on the expiry alone; the time of day is not used
        assertThat(violations(Samples.with(Samples.inverseEveryTenSeconds(), "dailySettlementTime", "13:37")))
                .isEmpty();
    }

    @Test
    void theShortestPeriodIsTheInstallationsChoice() {
        DatedFuturePlugin dailyOnly = Samples.plugin(Samples.NOW, Map.of("minimum-settlement-period", "P1D"));
        List<Violation> refused = dailyOnly.validate(dailyOnly.decode(Samples.inverseEveryTenSeconds(), 1));
        assertThat(refused).extracting(Violation::field).containsExactly("settlementPeriod");
        assertThat(refused.get(0).message()).contains("from PT24H");
        assertThat(dailyOnly.validate(dailyOnly.decode(Samples.linearQuarterly(), 1))).isEmpty();
        assertThatThrownBy(() -> Samples.plugin(Samples.NOW, Map.of("minimum-settlement-period", "PT0S")))
                .hasMessageContaining("minimum-settlement-period");
        assertThatThrownBy(() -> Samples.plugin(Samples.NOW, Map.of("minimum-settlement-period", "soon")))
                .hasMessageContaining("not an ISO-8601 duration");
    }

    @Test
    void theMarginLadderMustStayAShareOfTheNotional() {
        assertThat(violations(Samples.with(Samples.linearQuarterly(), "initialMargin", new BigDecimal("0.004"))))
                .extracting(Violation::field).containsExactly("initialMargin");
        assertThat(violations(Samples.with(Samples.with(Samples.linearQuarterly(), "marginStep",
                new BigDecimal("0.2")), "riskLimitSteps", new BigDecimal("5")))).extracting(Violation::field)
                .containsExactly("marginStep");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"contractSize, 0", "contractSize, 1e309", "tickSize, -0.5", "riskLimitSteps, 2.5",
            "riskLimitSteps, 1001", "initialMargin, 1.5", "maintenanceMargin, 0", "marginStep, -0.1",
            "maxLeverage, 0.5", "maxPosition, 0", "riskLimitBase, 1e309", "riskLimitStep, 0"})
    void aNumberOutsideItsRangeIsNamed(String term, String value) {
        assertThat(violations(Samples.with(Samples.linearQuarterly(), term, new BigDecimal(value))))
                .extracting(Violation::field).contains(term);
    }

    @Test
    void anUnknownIndexOrSettlementAssetIsRefusedAtResolution() {
        io.clearstone.instruments.spi.ReferenceData nothingListed = new io.clearstone.instruments.spi.ReferenceData() {
            @Override
            public java.util.Optional<AssetInfo> asset(String symbol) {
                return java.util.Optional.empty();
            }

            @Override
            public boolean hasIndex(String indexSymbol) {
                return indexSymbol.equals("BTC-USD");
            }
        };
        FutureTerms btc = (FutureTerms) plugin.decode(Samples.linearQuarterly(), 1);
        assertThatThrownBy(() -> plugin.resolve(btc, nothingListed)).isInstanceOfSatisfying(TermsException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("style"));
        FutureTerms eth = (FutureTerms) plugin.decode(Samples.linearCapped(), 1);
        assertThatThrownBy(() -> plugin.resolve(eth, nothingListed)).isInstanceOfSatisfying(TermsException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("underlying"));
    }

    @Test
    void theExpiryMustBeInTheFutureOfThePluginsClock() {
        Instant later = Instant.parse("2027-03-26T08:00:00Z");
        DatedFuturePlugin atExpiry = Samples.plugin(later, Map.of());
        assertThat(atExpiry.validate(atExpiry.decode(Samples.linearQuarterly(), 1))).extracting(Violation::field)
                .containsExactly("expiry");
    }

    private List<Violation> violations(TermsDocument document) {
        try {
            return plugin.validate(plugin.decode(document, 1));
        } catch (TermsException refused) {
            return refused.violations();
        }
    }
}
