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
        return List.of(terms("LINEAR", "0.001", "8"), terms("INVERSE", "1", "1"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("LINEAR", "0", "8"), terms("INVERSE", "1", "4"));
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

    private static TermsDocument terms(String style, String size, String hours) {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "style", style, "contractSize", new BigDecimal(size),
                "tickSize", new BigDecimal("0.5"), "fundingIntervalHours", new BigDecimal(hours)));
    }
}
