package io.clearstone.domain.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.options.EuropeanOptionPlugin;
import io.clearstone.instruments.perps.PerpetualSwapPlugin;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;

/**
 * The incremental book must give exactly what a full re-pricing of every position gives, after any sequence of
 * ticks: options (linear and inverse), linear and inverse swaps entered at various prices, on two underlyings.
 */
class PortfolioBookTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final PortfolioScenarios SCENARIOS = PortfolioScenarios.STANDARD;

    @Test
    void aTickGivesTheSameMarginAsRepricingEveryPosition() {
        List<ResolvedInstrument> instruments = instruments();
        Random random = new Random(7);
        PortfolioBook book = new PortfolioBook(SCENARIOS, 0.8);
        MarketSnapshot market = market(65_000, 3_200);
        for (int i = 0; i < instruments.size(); i++) {
            book.listInstrument(i, instruments.get(i), settlementIndex(instruments.get(i)));
        }
        record Held(long account, int instrument, double quantity, double entry) {
        }
        List<Held> held = new ArrayList<>();
        for (long id = 1; id <= 30; id++) {
            long account = id;
            book.setCollateral(account, 50_000);
            for (int k = 0; k < 4; k++) {
                int instrument = random.nextInt(instruments.size());
                if (held.stream().anyMatch(h -> h.account() == account && h.instrument() == instrument)) {
                    continue;
                }
                double quantity = (random.nextInt(20) - 10) + 0.5;
                double entry = instruments.get(instrument).underlying().equals("BTC-USD") ? 60_000 + random.nextInt(8_000)
                        : 3_000 + random.nextInt(400);
                if (instruments.get(instrument).price(market) instanceof io.clearstone.instruments.spi.MeasureResult.Value v
                        && !instruments.get(instrument).paysClosingPnl()) {
                    entry = v.value();
                }
                book.setPosition(account, instrument, quantity, entry, market);
                held.add(new Held(account, instrument, quantity, entry));
            }
        }
        double[][] ticks = {{66_000, 3_200}, {61_500, 3_200}, {61_500, 2_900}, {70_250, 3_350}};
        for (double[] tick : ticks) {
            market = market(tick[0], tick[1]);
            book.onTick("BTC-USD", market);
            book.onTick("ETH-USD", market);
            for (long account = 1; account <= 30; account++) {
                long id = account;
                List<ScenarioRisk> risks = new ArrayList<>();
                double value = 0;
                for (Held h : held.stream().filter(h -> h.account() == id).toList()) {
                    ResolvedInstrument instrument = instruments.get(h.instrument());
                    risks.add(fullRisk(h.instrument(), instrument, new PositionView(h.quantity(), h.entry()), market));
                    value += valueUsd(instrument, new PositionView(h.quantity(), h.entry()), market);
                }
                double maintenance = new PortfolioMarginCalculator(SCENARIOS, 0).maintenance(risks).stream()
                        .mapToDouble(UnderlyingRisk::maintenanceUsd).sum();
                PortfolioBook.Margin margin = book.margin(account);
                assertThat(margin.maintenanceUsd()).as("maintenance of %d", account)
                        .isCloseTo(maintenance, within(1e-6 * Math.max(1, maintenance)));
                assertThat(margin.positionsValueUsd()).as("value of %d", account)
                        .isCloseTo(value, within(1e-6 * Math.max(1, Math.abs(value))));
                assertThat(margin.equityUsd()).isCloseTo(50_000 + value, within(1e-6 * 50_000));
            }
        }
    }

    @Test
    void shortOptionsCloseToExpiryCarryTheSameContingencyAsTheFullCalculation() {
        InstrumentPlugin options = new EuropeanOptionPlugin();
        options.init(PluginProperties.none());
        ResolvedInstrument expiring = resolve(options, Map.of("underlying", "BTC-USD", "style", "LINEAR",
                "right", "CALL", "strike", BigDecimal.valueOf(66_000), "expiry", NOW.plus(12, ChronoUnit.HOURS)
                        .toString()));
        PortfolioBook book = new PortfolioBook(SCENARIOS, 0.8, 0.3, java.time.Duration.ofHours(24));
        book.listInstrument(1, expiring, settlementIndex(expiring), NOW.plus(12, ChronoUnit.HOURS));
        MarketSnapshot market = market(65_000, 3_200);
        book.setCollateral(3, 100_000);
        book.setPosition(3, 1, -5, 0, market);
        book.onTick("BTC-USD", market);
        double full = new PortfolioMarginCalculator(SCENARIOS, 0.3).maintenance(List.of(new ScenarioRisk(1,
                "BTC-USD", fullRisk(1, expiring, new PositionView(-5, 0), market).pnlUsd(), true))).get(0)
                .maintenanceUsd();
        double withoutContingency = new PortfolioMarginCalculator(SCENARIOS, 0.3).maintenance(List.of(
                fullRisk(1, expiring, new PositionView(-5, 0), market))).get(0).maintenanceUsd();
        assertThat(full).isGreaterThan(withoutContingency);
        assertThat(book.margin(3).maintenanceUsd()).isCloseTo(full, within(1e-6 * full));
    }

    /** A swap long losing step by step: healthy, then a margin call, reported once each time the state changes. */
    @Test
    void aChangeOfMarginStateIsReportedOnceAtTheTickThatMadeIt() {
        ResolvedInstrument swap = instruments().get(0);
        PortfolioBook book = new PortfolioBook(SCENARIOS, 0.8);
        book.listInstrument(1, swap, settlementIndex(swap), null);
        book.setCollateral(3, 20_000);
        book.setPosition(3, 1, 100, 65_000, market(65_000, 3_200)); // 1 BTC against 20,000 USD
        book.onTick("BTC-USD", market(65_000, 3_200));
        book.drainStateChanges();
        List<MarginState> seen = new java.util.ArrayList<>();
        for (double price = 65_000; price > 40_000; price -= 1_000) {
            book.onTick("BTC-USD", market(price, 3_200));
            book.drainStateChanges().forEach(account -> seen.add(book.margin(account).state()));
        }
        assertThat(seen).containsExactly(MarginState.MARGIN_CALL, MarginState.LIQUIDATION, MarginState.BANKRUPT);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("each report is a change").isNotEqualTo(seen.get(i - 1));
        }
    }

    @Test
    void closingAPositionTakesItOutOfTheMargin() {
        ResolvedInstrument swap = instruments().get(0);
        PortfolioBook book = new PortfolioBook(SCENARIOS, 0.8);
        book.listInstrument(1, swap, settlementIndex(swap));
        MarketSnapshot market = market(65_000, 3_200);
        book.setCollateral(9, 1_000);
        book.setPosition(9, 1, 10, 65_000, market);
        assertThat(book.margin(9).maintenanceUsd()).isPositive();
        book.onTick("BTC-USD", market(50_000, 3_200));
        assertThat(book.belowMaintenance("BTC-USD")).containsExactly(9L);
        book.setPosition(9, 1, 0, 0, market(50_000, 3_200));
        assertThat(book.margin(9).maintenanceUsd()).isZero();
        assertThat(book.belowMaintenance("BTC-USD")).isEmpty();
    }

    static List<ResolvedInstrument> instruments() {
        InstrumentPlugin swaps = new PerpetualSwapPlugin();
        swaps.init(PluginProperties.none());
        InstrumentPlugin options = new EuropeanOptionPlugin();
        options.init(PluginProperties.none());
        List<ResolvedInstrument> all = new ArrayList<>();
        for (String underlying : List.of("BTC-USD", "ETH-USD")) {
            all.add(resolve(swaps, Map.of("underlying", underlying, "style", "LINEAR", "contractSize",
                    new BigDecimal("0.01"), "tickSize", new BigDecimal("0.5"), "fundingInterval", "PT8H")));
            all.add(resolve(swaps, Map.of("underlying", underlying, "style", "INVERSE", "contractSize",
                    new BigDecimal("10"), "tickSize", new BigDecimal("0.5"), "fundingInterval", "PT8H")));
            double spot = underlying.equals("BTC-USD") ? 65_000 : 3_200;
            for (String style : List.of("LINEAR", "INVERSE")) {
                for (String right : List.of("CALL", "PUT")) {
                    for (double moneyness : new double[] {0.8, 1.0, 1.2}) {
                        all.add(resolve(options, Map.of("underlying", underlying, "style", style, "right", right,
                                "strike", BigDecimal.valueOf(Math.round(spot * moneyness)), "expiry",
                                NOW.plus(30, ChronoUnit.DAYS).toString())));
                    }
                }
            }
        }
        return all;
    }

    static MarketSnapshot market(double btc, double eth) {
        return MarketSnapshot.at(NOW).index("BTC-USD", btc).index("ETH-USD", eth).index("USDC-USD", 1)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).surface("ETH-USD", VolatilitySurface.flat(0.75))
                .build();
    }

    static String settlementIndex(ResolvedInstrument instrument) {
        return instrument.settlementAsset().equals("USDC") ? "USDC-USD" : instrument.settlementAsset() + "-USD";
    }

    /** What the database calculator does for one position: its own risk array in USD. */
    static ScenarioRisk fullRisk(long id, ResolvedInstrument instrument, PositionView position, MarketSnapshot market) {
        ScenarioGrid grid = SCENARIOS.grid();
        RiskArray array = instrument.riskArray(position, market, grid);
        double toUsd = market.indexPrice(settlementIndex(instrument)).orElseThrow();
        boolean coin = settlementIndex(instrument).equals(instrument.underlying());
        double valueUsd = valueUsd(instrument, position, market);
        double[][] usd = new double[array.pnl().length][];
        for (int p = 0; p < usd.length; p++) {
            double move = coin ? grid.priceMoves().get(p) : 0;
            usd[p] = new double[array.pnl()[p].length];
            for (int v = 0; v < usd[p].length; v++) {
                usd[p][v] = array.pnl()[p][v] * toUsd * (1 + move) + valueUsd * move;
            }
        }
        return new ScenarioRisk(id, instrument.underlying(), usd, false);
    }

    static double valueUsd(ResolvedInstrument instrument, PositionView position, MarketSnapshot market) {
        return instrument.value(position, market).value(Measure.PRESENT_VALUE).orElseThrow()
                * market.indexPrice(settlementIndex(instrument)).orElseThrow();
    }

    private static ResolvedInstrument resolve(InstrumentPlugin plugin, Map<String, Object> terms) {
        return plugin.resolve(plugin.decode(TermsDocument.of(terms), plugin.info().termsVersion()),
                new EverythingListed());
    }
}
