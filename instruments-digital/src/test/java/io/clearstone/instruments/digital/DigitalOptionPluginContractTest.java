package io.clearstone.instruments.digital;

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
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;
import io.clearstone.instruments.spi.YearFraction;

/** The example plugin keeps the same contract as every plugin, plus its own published values. */
class DigitalOptionPluginContractTest extends InstrumentPluginContract {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    @Override
    protected InstrumentPlugin plugin() {
        DigitalOptionPlugin plugin = new DigitalOptionPlugin();
        plugin.init(PluginProperties.none());
        return plugin;
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(terms("CALL", "70000", "100"), terms("PUT", "60000", "10"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("CALL", "0", "100"), terms("PUT", "60000", "-1"));
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(NOW).index("BTC-USD", 65_000).rate("USD", 0.03)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).build();
    }

    @Test
    void aDigitalCallAndPutAddUpToTheDiscountedPayout() {
        ResolvedInstrument call = resolve(terms("CALL", "65000", "100"));
        ResolvedInstrument put = resolve(terms("PUT", "65000", "100"));
        double years = YearFraction.act365(NOW, Instant.parse("2027-03-26T08:00:00Z"));
        double both = call.value(PositionView.of(1), market()).value(Measure.PRESENT_VALUE).orElseThrow()
                + put.value(PositionView.of(1), market()).value(Measure.PRESENT_VALUE).orElseThrow();
        assertThat(both).isCloseTo(100 * Math.exp(-0.03 * years), within(1e-9));
    }

    @Test
    void expiryPaysThePayoutOnlyInTheMoney() {
        ResolvedInstrument call = resolve(terms("CALL", "70000", "100"));
        ScheduledEvent expiry = call.schedule().get(0);
        assertThat(call.onEvent(expiry, PositionView.of(3), new BigDecimal("70001")).get(0).amount())
                .isEqualByComparingTo("300");
        assertThat(call.onEvent(expiry, PositionView.of(3), new BigDecimal("70000")).get(0).amount()).isZero();
    }

    private ResolvedInstrument resolve(TermsDocument document) {
        InstrumentPlugin plugin = plugin();
        return plugin.resolve(plugin.decode(document, 1), referenceData());
    }

    private static TermsDocument terms(String right, String strike, String payout) {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "right", right, "strike", new BigDecimal(strike),
                "expiry", "2027-03-26T08:00:00Z", "payout", new BigDecimal(payout)));
    }
}
