package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentPluginContract;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;

class PerpetualSwapPluginContractTest extends InstrumentPluginContract {

    @Override
    protected InstrumentPlugin plugin() {
        PerpetualSwapPlugin plugin = new PerpetualSwapPlugin();
        plugin.init(PluginProperties.none());
        return plugin;
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(terms("LINEAR", "0.001", "PT8H"), terms("INVERSE", "1", "PT1H"), venueFunding("ENTRY", "PT5S"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("LINEAR", "0", "PT8H"), terms("INVERSE", "1", "PT4H"), venueFunding("ENTRY", "PT7M"),
                with(terms("INVERSE", "1", "PT8H"), "maintenanceOn", "MARK"));
    }

    /** A linear swap funded from daily quote and base rates with Binance's time-weighted premium. */
    private static TermsDocument venueFunding(String maintenanceOn, String sampleInterval) {
        TermsDocument document = with(terms("LINEAR", "0.001", "PT8H"), "interestQuoteRate", new BigDecimal("0.0006"));
        document = with(document, "interestBaseRate", new BigDecimal("0.0003"));
        document = with(document, "premiumAverage", "TIME_WEIGHTED");
        document = with(document, "premiumSampleInterval", sampleInterval);
        return with(document, "maintenanceOn", maintenanceOn);
    }

    private static TermsDocument with(TermsDocument document, String field, Object value) {
        Map<String, Object> fields = new java.util.HashMap<>(document.fields());
        fields.put(field, value);
        return TermsDocument.of(fields);
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("BTC-USD", 65_000).build();
    }

    /** A swap's value is its P&L since entry: enter 5% below the index. */
    @Override
    protected PositionView position(ResolvedInstrument instrument, double quantity) {
        return new PositionView(quantity, 61_750);
    }

    @Test
    void inverseValueIsTheCoinPnlAndLinearTheStablecoinPnl() {
        List<ResolvedInstrument> swaps = resolvedSamples();
        double linear = swaps.get(0).value(new PositionView(1000, 60_000), market()).value(Measure.PRESENT_VALUE)
                .orElseThrow();
        assertThat(linear).isCloseTo(1000 * 0.001 * 5_000, within(1e-9));
        double inverse = swaps.get(1).value(new PositionView(10_000, 60_000), market()).value(Measure.PRESENT_VALUE)
                .orElseThrow();
        assertThat(inverse).isCloseTo(10_000 * (1 / 60_000.0 - 1 / 65_000.0), within(1e-15));
        assertThat(swaps.get(1).settlementAsset()).isEqualTo("BTC");
        assertThat(swaps.get(0).settlementAsset()).isEqualTo("USDC");
    }

    @Test
    void marginFollowsTheRiskLimitTierOfTheNotional() {
        ResolvedInstrument linear = resolvedSamples().get(0);
        // 10 BTC at 65,000 = 650,000 USD: base tier (1% / 0.5%)
        StandardMargin small = linear.standardMargin(new PositionView(10_000, 65_000), market());
        assertThat(small.initial()).isCloseTo(6_500, within(1e-6));
        assertThat(small.maintenance()).isCloseTo(3_250, within(1e-6));
        // 40 BTC = 2,600,000 USD: third tier (2% / 1.5%)
        StandardMargin large = linear.standardMargin(new PositionView(40_000, 65_000), market());
        assertThat(large.initial()).isCloseTo(52_000, within(1e-6));
    }

    @Test
    void theLargestRiskLimitAndThePositionCapAreEnforced() {
        ResolvedInstrument linear = resolvedSamples().get(0);
        // the default ladder ends at 10,000,000 USD: 153 BTC at 65,000 is inside, 154 is not
        assertThat(linear.positionLimitBreach(new BigDecimal("153000"), market())).isEmpty();
        assertThat(linear.positionLimitBreach(new BigDecimal("-154000"), market())).get().asString()
                .contains("exceeds the largest risk limit");
        ResolvedInstrument capped = plugin().resolve(plugin().decode(TermsDocument.of(Map.of("underlying", "BTC-USD",
                "style", "INVERSE", "contractSize", BigDecimal.ONE, "tickSize", new BigDecimal("0.5"),
                "fundingInterval", "PT8H", "maxPosition", new BigDecimal("50000"))), 1), referenceData());
        assertThat(capped.positionLimitBreach(new BigDecimal("-50000"), market())).isEmpty();
        assertThat(capped.positionLimitBreach(new BigDecimal("50001"), market())).get().asString()
                .contains("position limit of 50000");
    }

    @Test
    void tradePricesMustFallOnTheTick() {
        ResolvedInstrument swap = resolvedSamples().get(0);
        assertThat(swap.priceBreach(new BigDecimal("65000.5"))).isEmpty();
        assertThat(swap.priceBreach(new BigDecimal("65000.25"))).get().asString().contains("tick 0.5");
    }

    @Test
    void maxLeverageFloorsTheInitialMarginRate() {
        ResolvedInstrument twentyTimes = plugin().resolve(plugin().decode(TermsDocument.of(Map.of(
                "underlying", "BTC-USD", "style", "LINEAR", "contractSize", new BigDecimal("0.001"),
                "tickSize", new BigDecimal("0.5"), "fundingInterval", "PT8H", "maxLeverage", new BigDecimal("20"))),
                1), referenceData());
        StandardMargin margin = twentyTimes.standardMargin(new PositionView(10_000, 65_000), market());
        assertThat(margin.initial()).isCloseTo(650_000 * 0.05, within(1e-6));
        assertThat(margin.maintenance()).isCloseTo(650_000 * 0.005, within(1e-6));
    }

    @Test
    void inverseClosingPnlIsPaidInCoin() {
        ResolvedInstrument inverse = resolvedSamples().get(1);
        assertThat(inverse.paysClosingPnl()).isTrue();
        // 10,000 contracts of 1 USD long from 8,000 closed at 12,500: 0.45 coin
        assertThat(inverse.closingPnl(new BigDecimal("10000"), new BigDecimal("8000"), new BigDecimal("12500")))
                .isEqualByComparingTo("0.45");
        // linear: 1,000 contracts of 0.001 BTC from 60,000 to 59,000 lose 1,000 USDC
        assertThat(resolvedSamples().get(0).closingPnl(new BigDecimal("1000"), new BigDecimal("60000"),
                new BigDecimal("59000"))).isEqualByComparingTo("-1000");
    }

    @Test
    void liquidationPricesFollowThePublishedFormulas() {
        ResolvedInstrument inverse = resolvedSamples().get(1);
        // 20,000 USD long at 2,000, backed by 1 coin (10x): 1,826.48 with the base tier's 0.5%
        assertThat(inverse.liquidationPrice(new PositionView(20_000, 2_000), 1, market()).getAsDouble())
                .isCloseTo(1_826.48, within(0.005));
        assertThat(inverse.liquidationPrice(new PositionView(-20_000, 2_000), 11, market())).isEmpty();
        ResolvedInstrument linear = resolvedSamples().get(0);
        // 1 BTC long at 65,000 with 6,500 USDC: (6,500 − 65,000) / (0.005 − 1) = 58,793.97
        assertThat(linear.liquidationPrice(new PositionView(1000, 65_000), 6_500, market()).getAsDouble())
                .isCloseTo(58_793.97, within(0.005));
    }

    @Test
    void aMalformedIntervalIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plugin().decode(terms("LINEAR", "1", "8 hours"), 1))
                .isInstanceOfSatisfying(io.clearstone.instruments.spi.TermsException.class, e -> assertThat(
                        e.violations()).extracting(v -> v.field()).containsExactly("fundingInterval"));
    }

    @Test
    void unknownFundingIntervalsAreRefusedUnlessConfigured() {
        TermsDocument everyTwentySeconds = terms("LINEAR", "0.001", "PT20S");
        assertThat(plugin().validate(plugin().decode(everyTwentySeconds, 1))).extracting(v -> v.field())
                .containsExactly("fundingInterval");
        PerpetualSwapPlugin testMarket = new PerpetualSwapPlugin();
        testMarket.init(PluginProperties.of(Map.of("funding-intervals", "PT8H, PT20S")));
        assertThat(testMarket.validate(testMarket.decode(everyTwentySeconds, 1))).isEmpty();
        PerpetualSwapPlugin misconfigured = new PerpetualSwapPlugin();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> misconfigured.init(PluginProperties.of(Map.of("funding-intervals", "PT7H"))))
                .hasMessageContaining("does not divide a day");
    }

    private static TermsDocument terms(String style, String size, String interval) {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "style", style, "contractSize", new BigDecimal(size),
                "tickSize", new BigDecimal("0.5"), "fundingInterval", interval));
    }
}
