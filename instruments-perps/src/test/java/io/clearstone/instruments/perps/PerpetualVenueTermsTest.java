package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** The interest, premium-average and maintenance choices in the terms: defaults, refusals, and their effect. */
class PerpetualVenueTermsTest {

    private final PerpetualSwapPlugin plugin = plugin();

    @Test
    void termsWrittenBeforeTheChoicesExistedFundAndMarginAsBefore() {
        PerpetualTerms old = decode(base("LINEAR"));
        assertThat(old.interestRate()).isEqualByComparingTo("0.0001");
        assertThat(old.interestFromDailyRates()).isFalse();
        assertThat(old.premiumAverage()).isEqualTo(PremiumAverage.EVERY_QUOTE);
        assertThat(old.maintenanceOn()).isEqualTo(MaintenanceBasis.MARK);
        assertThat(decode(base("INVERSE")).maintenanceOn()).isEqualTo(MaintenanceBasis.ENTRY);
    }

    @Test
    void oneDailyRateAloneTakesThePublishedDefaultForTheOther() {
        Map<String, Object> fields = base("LINEAR");
        fields.put("interestBaseRate", new BigDecimal("0"));
        PerpetualTerms terms = decode(fields);
        assertThat(terms.interestQuoteRate()).isEqualByComparingTo("0.0006");
        // (0.06% − 0) / 3 = 0.02% per 8 hours
        assertThat(terms.interestPerEightHours()).isCloseTo(0.0002, within(1e-18));
        assertThat(plugin.encode(terms).fields()).doesNotContainKey("interestRate")
                .containsEntry("interestQuoteRate", new BigDecimal("0.0006"));
    }

    @Test
    void aFixedRateBesideDailyRatesIsRefusedNamingEach() {
        Map<String, Object> fields = base("LINEAR");
        fields.put("interestRate", new BigDecimal("0.0001"));
        fields.put("interestQuoteRate", new BigDecimal("0.0006"));
        assertThatThrownBy(() -> decode(fields)).isInstanceOfSatisfying(TermsException.class,
                e -> assertThat(e.violations()).extracting(Violation::field)
                        .containsExactlyInAnyOrder("interestRate", "interestQuoteRate"));
    }

    @Test
    void dailyRatesWhoseDifferenceLeavesThe8HourRangeAreRefused() {
        Map<String, Object> fields = base("LINEAR");
        // (6% − 0) / 3 = 2% per 8 hours, beyond ±1%
        fields.put("interestQuoteRate", new BigDecimal("0.06"));
        fields.put("interestBaseRate", new BigDecimal("0"));
        assertThat(plugin.validate(decode(fields))).extracting(Violation::field).containsExactly("interestQuoteRate");
    }

    @Test
    void timeWeightedSampleTimesMustDivideTheInterval() {
        Map<String, Object> fields = base("LINEAR");
        fields.put("premiumAverage", "TIME_WEIGHTED");
        fields.put("premiumSampleInterval", "PT7M");
        assertThat(plugin.validate(decode(fields))).extracting(Violation::field)
                .containsExactly("premiumSampleInterval");
        fields.put("premiumSampleInterval", "PT5S");
        assertThat(plugin.validate(decode(fields))).isEmpty();
        fields.put("premiumAverage", "sometimes");
        assertThatThrownBy(() -> decode(fields)).isInstanceOfSatisfying(TermsException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("premiumAverage"));
    }

    @Test
    void inverseSwapsCountMaintenanceOnEntryOnly() {
        Map<String, Object> fields = base("INVERSE");
        fields.put("maintenanceOn", "MARK");
        assertThat(plugin.validate(decode(fields))).extracting(Violation::field).containsExactly("maintenanceOn");
    }

    @Test
    void onEntryTheLiquidationPriceIsBybitsAndTheMarginAgrees() {
        ResolvedInstrument onEntry = resolve("ENTRY");
        ResolvedInstrument onMark = resolve("MARK");
        // 1,000 contracts of 0.001 BTC = 1 BTC long at 65,000 with 6,500 USDC, MMR 0.5% (base tier):
        // on entry 65,000 − (6,500 − 325) = 58,825; on the mark (65,000 − 6,500) / 0.995 = 58,793.97
        PositionView position = new PositionView(1000, 65_000);
        double entryPrice = onEntry.liquidationPrice(position, 6_500, market(65_000)).getAsDouble();
        assertThat(entryPrice).isCloseTo(58_825, within(1e-6));
        double markPrice = onMark.liquidationPrice(position, 6_500, market(65_000)).getAsDouble();
        assertThat(markPrice).isCloseTo(58_793.97, within(0.005));
        // and at those prices the equity, 6,500 + P&L, is exactly the standard maintenance margin of each rule
        assertThat(6_500 + (entryPrice - 65_000)).isCloseTo(maintenance(onEntry, position, entryPrice), within(1e-6));
        assertThat(6_500 + (markPrice - 65_000)).isCloseTo(maintenance(onMark, position, markPrice), within(1e-6));
    }

    @Test
    void onEntryTheMaintenanceDoesNotMoveWithTheMark() {
        ResolvedInstrument onEntry = resolve("ENTRY");
        PositionView shortPosition = new PositionView(-1000, 60_000);
        // 1 BTC short entered at 60,000: 0.5% of 60,000 = 300 whatever the mark; on the mark 0.5% of 65,000 = 325
        assertThat(maintenance(onEntry, shortPosition, 65_000)).isCloseTo(300, within(1e-9));
        assertThat(maintenance(onEntry, shortPosition, 62_000)).isCloseTo(300, within(1e-9));
        assertThat(maintenance(resolve("MARK"), shortPosition, 65_000)).isCloseTo(325, within(1e-9));
    }

    private static double maintenance(ResolvedInstrument swap, PositionView position, double index) {
        StandardMargin margin = swap.standardMargin(position, market(index));
        return margin.maintenance();
    }

    private ResolvedInstrument resolve(String maintenanceOn) {
        Map<String, Object> fields = base("LINEAR");
        fields.put("maintenanceOn", maintenanceOn);
        return plugin.resolve(decode(fields), new EverythingListed());
    }

    private static MarketSnapshot market(double index) {
        return MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("BTC-USD", index).build()
                .withVenueQuotes(List.of());
    }

    private PerpetualTerms decode(Map<String, Object> fields) {
        return (PerpetualTerms) plugin.decode(TermsDocument.of(fields), 1);
    }

    private static Map<String, Object> base(String style) {
        return new HashMap<>(Map.of("underlying", "BTC-USD", "style", style,
                "contractSize", new BigDecimal(style.equals("LINEAR") ? "0.001" : "1"),
                "tickSize", new BigDecimal("0.5"), "fundingInterval", Duration.ofHours(8).toString()));
    }

    private static PerpetualSwapPlugin plugin() {
        PerpetualSwapPlugin plugin = new PerpetualSwapPlugin();
        plugin.init(PluginProperties.none());
        return plugin;
    }
}
