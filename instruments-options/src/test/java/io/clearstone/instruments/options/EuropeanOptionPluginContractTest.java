package io.clearstone.instruments.options;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentPluginContract;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.Valuation;
import io.clearstone.instruments.spi.VolatilitySurface;

class EuropeanOptionPluginContractTest extends InstrumentPluginContract {

    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Override
    protected InstrumentPlugin plugin() {
        EuropeanOptionPlugin plugin = new EuropeanOptionPlugin();
        plugin.init(PluginProperties.none());
        return plugin;
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(terms("LINEAR", "CALL", "70000", "1"), terms("LINEAR", "PUT", "60000", "0.1"),
                terms("INVERSE", "CALL", "65000", "1"), terms("INVERSE", "PUT", "50000", "1"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("LINEAR", "CALL", "-1", "1"), terms("INVERSE", "PUT", "60000", "0"));
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(NOW).index("BTC-USD", 65_000).index("ETH-USD", 3_200).rate("USD", 0.03)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).build();
    }

    /** Inverse delta is reported in the coin convention Δ_coin = S·∂V_coin/∂S. */
    @Override
    protected double deltaPerIndexUnit(ResolvedInstrument instrument, Valuation valuation, double spot) {
        double delta = valuation.value(Measure.DELTA).orElseThrow();
        return instrument.settlementAsset().equals("BTC") ? delta / spot : delta;
    }

    static TermsDocument terms(String style, String right, String strike, String size) {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "style", style, "right", right,
                "strike", new BigDecimal(strike), "expiry", "2027-03-26T08:00:00Z", "contractSize", new BigDecimal(size)));
    }
}
