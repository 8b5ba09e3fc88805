package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentPluginContract;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;

/**
 * The contract every plugin keeps (the kit's tests, inherited), plus this instrument's own figures. The kit runs its
 * checks on the samples below: add a sample for every variant your terms allow.
 */
class LinearForwardPluginContractTest extends InstrumentPluginContract {

    private static final Instant EXPIRY = Instant.parse("2027-03-26T08:00:00Z");

    @Override
    protected InstrumentPlugin plugin() {
        LinearForwardPlugin plugin = new LinearForwardPlugin();
        plugin.init(PluginProperties.none());
        return plugin;
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(terms("BTC-USD", "0.01"), terms("ETH-USD", "1"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("BTC-USD", "0"), terms("ETH-USD", "-1"));
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(Instant.parse("2026-12-01T08:00:00Z")).index("BTC-USD", 65_000)
                .index("ETH-USD", 3_200).build();
    }

    /** A forward's value is its P&L since entry: enter 2% below the index. */
    @Override
    protected PositionView position(ResolvedInstrument instrument, double quantity) {
        double index = market().indexPrice(instrument.underlying()).orElseThrow();
        return new PositionView(quantity, index * 0.98);
    }

    /** What the platform does at deployment: find the plugin through its META-INF/services registration. */
    @Test
    void thePluginIsRegisteredForTheServiceLoader() {
        assertThat(java.util.ServiceLoader.load(InstrumentPlugin.class)).extracting(p -> p.info().typeId())
                .contains(LinearForwardPlugin.TYPE_ID);
    }

    @Test
    void theExpiryPaysTheMoveSinceTheReferencePriceExactlyAndClosesThePosition() {
        ResolvedInstrument forward = resolvedSamples().get(0);
        assertThat(forward.schedule()).containsExactly(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY));
        // 30 contracts of 0.01 BTC long from 64,000.10, settled at 65,000.35: 0.3 x 1,000.25 = 300.075
        List<CashFlowInstruction> flows = forward.onEvent(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY),
                new HeldPosition(new BigDecimal("30"), new BigDecimal("64000.10")), new BigDecimal("65000.35"));
        assertThat(flows).singleElement().satisfies(flow -> {
            assertThat(flow.asset()).isEqualTo("USDC");
            assertThat(flow.amount()).isEqualByComparingTo("300.075");
            assertThat(flow.closesPosition()).isTrue();
        });
        List<CashFlowInstruction> shortSide = forward.onEvent(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY),
                new HeldPosition(new BigDecimal("-30"), new BigDecimal("64000.10")), new BigDecimal("65000.35"));
        assertThat(shortSide.get(0).amount().add(flows.get(0).amount())).isEqualByComparingTo("0");
        // the valuation view of the same position pays the same
        assertThat(forward.onEvent(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY), new PositionView(30, 64_000.10),
                new BigDecimal("65000.35")).get(0).amount()).isEqualByComparingTo("300.075");
    }

    @Test
    void tradesMoveNoCashAndReductionsPayTheirPnl() {
        ResolvedInstrument forward = resolvedSamples().get(0);
        assertThat(forward.cashAtTrade(new BigDecimal("10"), new BigDecimal("65000"))).isEqualByComparingTo("0");
        assertThat(forward.paysClosingPnl()).isTrue();
        // 10 contracts of 0.01 BTC from 65,000 to 64,500 lose 50
        assertThat(forward.closingPnl(new BigDecimal("10"), new BigDecimal("65000"), new BigDecimal("64500")))
                .isEqualByComparingTo("-50");
    }

    @Test
    void marginIsTheConfiguredShareOfTheNotional() {
        ResolvedInstrument forward = resolvedSamples().get(0);
        // 100 contracts of 0.01 BTC at 65,000: a notional of 65,000; 10% and 5% by default
        StandardMargin margin = forward.standardMargin(new PositionView(-100, 65_000), market());
        assertThat(margin.initial()).isCloseTo(6_500, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(margin.maintenance()).isCloseTo(3_250, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aMaintenanceRateAboveTheInitialRateIsAMisconfiguration() {
        LinearForwardPlugin plugin = new LinearForwardPlugin();
        assertThatThrownBy(() -> plugin.init(PluginProperties.of(Map.of("maintenance-margin-rate", "0.2"))))
                .hasMessageContaining("maintenance-margin-rate");
    }

    private static TermsDocument terms(String underlying, String contractSize) {
        return TermsDocument.of(Map.of("underlying", underlying, "contractSize", new BigDecimal(contractSize),
                "expiry", EXPIRY.toString()));
    }
}
