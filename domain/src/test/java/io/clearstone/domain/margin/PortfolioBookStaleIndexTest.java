package io.clearstone.domain.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;
import io.clearstone.instruments.spi.VolatilitySurface;

/**
 * An index the book priced an instrument with that goes stale afterwards (a feed that dies after the book loaded):
 * the accounts holding the instrument are UNPRICED, naming the index, neither safe nor liquidated on the last price,
 * whether a tick of another symbol or a sweep without any tick notices it; once the index is fresh again they are
 * priced anew and found below maintenance if they are.
 */
class PortfolioBookStaleIndexTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    /** 100 contracts of 0.01 BTC: 1 BTC long, margined in USDC. */
    private static final ResolvedInstrument LINEAR_BTC = PortfolioBookTest.instruments().get(0);
    /** An inverse ETH swap, settled in ETH: nothing about it is priced by USDC. */
    private static final ResolvedInstrument INVERSE_ETH = PortfolioBookTest.instruments().stream()
            .filter(i -> i.underlying().equals("ETH-USD") && i.settlementAsset().equals("ETH") && i.paysClosingPnl())
            .findFirst().orElseThrow();

    @Test
    void aSettlementIndexGoingStaleAfterPricingMakesItsHoldersUnpricedUntilItIsFreshAgain() {
        PortfolioBook book = LinearBtcBooks.book();
        book.listInstrument(2, INVERSE_ETH, "ETH-USD", null);
        book.setCollateral(3, 20_000);
        book.setPosition(3, 1, 100, 65_000, market(65_000, true, true));
        book.setCollateral(4, 1_000);
        book.setPosition(4, 2, 1, 3_200, market(65_000, true, true));
        assertThat(book.margin(3).state()).isEqualTo(MarginState.HEALTHY);
        book.drainStateChanges();

        // USDC's feed stops; BTC falls to 50,000, below maintenance on the last USDC price, but nothing is decided
        assertThat(book.onTick("BTC-USD", market(50_000, false, true))).isEmpty();
        assertThat(book.margin(3).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.unpriced()).containsOnlyKeys(3L);
        assertThat(book.unpriced().get(3L)).containsExactly("USDC-USD");
        assertThat(book.belowMaintenance("BTC-USD")).isEmpty();
        assertThat(book.drainStateChanges()).containsExactly(3L);
        assertThat(book.margin(4).state()).as("holds nothing USDC prices").isEqualTo(MarginState.HEALTHY);

        // USDC is fresh again: found by the sweep, no tick needed, and valued as if priced all along
        assertThat(book.followIndices(market(50_000, true, true), id -> market(50_000, true, true)))
                .containsExactly(3L);
        assertThat(book.margin(3).state()).isEqualTo(MarginState.LIQUIDATION);
        assertThat(book.unpriced()).isEmpty();
        assertThat(book.drainStateChanges()).containsExactly(3L);
        LinearBtcBooks.assertSameMarginAsIfPricedAllAlong(book, 3, 20_000, 100, 65_000, 50_000,
                btc -> market(btc, true, true));
    }

    @Test
    void aDeadFeedIsFoundWithoutAnyTickAndTheNextTickLiquidates() {
        PortfolioBook book = LinearBtcBooks.book();
        book.setCollateral(5, 20_000);
        book.setPosition(5, 1, 100, 65_000, market(65_000, true, true));
        book.drainStateChanges();

        assertThat(book.followIndices(market(65_000, true, false), id -> market(65_000, true, false))).isEmpty();
        assertThat(book.margin(5).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.unpriced().get(5L)).containsExactly("BTC-USD");
        assertThat(book.drainStateChanges()).containsExactly(5L);
        assertThat(book.followIndices(market(65_000, true, false), id -> market(65_000, true, false)))
                .as("nothing changed since").isEmpty();
        assertThat(book.drainStateChanges()).isEmpty();

        assertThat(book.onTick("BTC-USD", market(50_000, true, true))).containsExactly(5L);
        assertThat(book.margin(5).state()).isEqualTo(MarginState.LIQUIDATION);
        assertThat(book.unpriced()).isEmpty();
        LinearBtcBooks.assertSameMarginAsIfPricedAllAlong(book, 5, 20_000, 100, 65_000, 50_000,
                btc -> market(btc, true, true));
    }

    /** Not only the underlying and the settlement coin: whatever the plugin asked of the snapshot. */
    @Test
    void anIndexOnlyThePluginReadsGoingStaleMakesTheHoldersUnpriced() {
        PortfolioBook book = new PortfolioBook(PortfolioScenarios.STANDARD, 0.8);
        book.listInstrument(7, new ReadingAlso("ETH-USD", LINEAR_BTC), "USDC-USD", null);
        book.setCollateral(8, 20_000);
        book.setPosition(8, 7, 100, 65_000, market(65_000, true, true));
        assertThat(book.margin(8).state()).isEqualTo(MarginState.HEALTHY);

        MarketSnapshot withoutEth = MarketSnapshot.at(NOW).index("BTC-USD", 65_000).index("USDC-USD", 1)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).build();
        book.onTick("BTC-USD", withoutEth);
        assertThat(book.margin(8).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.unpriced().get(8L)).containsExactly("ETH-USD");

        book.onTick("ETH-USD", market(65_000, true, true));
        assertThat(book.margin(8).state()).isEqualTo(MarginState.HEALTHY);
    }

    @Test
    void aPositionOpenedWhileItsIndexIsStaleIsUnpricedAndClosingItPricesTheAccountAgain() {
        PortfolioBook book = LinearBtcBooks.book();
        book.setCollateral(3, 20_000);
        book.setPosition(3, 1, 100, 65_000, market(65_000, true, true));
        book.onTick("ETH-USD", market(65_000, false, true));
        book.setCollateral(9, 20_000);
        book.setPosition(9, 1, 1, 65_000, market(65_000, false, true));
        assertThat(book.unpriced()).containsOnlyKeys(3L, 9L);

        book.setPosition(9, 1, 0, 0, market(65_000, false, true));
        assertThat(book.unpriced()).containsOnlyKeys(3L);
        assertThat(book.margin(9).state()).isEqualTo(MarginState.HEALTHY);
    }

    private static MarketSnapshot market(double btc, boolean usdc, boolean btcFresh) {
        MarketSnapshot.Builder market = MarketSnapshot.at(NOW).index("ETH-USD", 3_200)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).surface("ETH-USD", VolatilitySurface.flat(0.75));
        if (btcFresh) {
            market.index("BTC-USD", btc);
        }
        if (usdc) {
            market.index("USDC-USD", 1);
        }
        return market.build();
    }

    /** An instrument whose plugin also reads an index that is neither its underlying nor its settlement coin's. */
    private record ReadingAlso(String index, ResolvedInstrument priced) implements ResolvedInstrument {

        private MarketSnapshot checked(MarketSnapshot market) {
            market.indexPrice(index).orElseThrow(() -> new IllegalStateException("no index " + index));
            return market;
        }

        @Override
        public String underlying() {
            return priced.underlying();
        }

        @Override
        public String settlementAsset() {
            return priced.settlementAsset();
        }

        @Override
        public MeasureResult price(MarketSnapshot market) {
            return priced.price(checked(market));
        }

        @Override
        public Valuation value(PositionView position, MarketSnapshot market) {
            return priced.value(position, checked(market));
        }

        @Override
        public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
            return priced.riskArray(position, checked(market), grid);
        }

        @Override
        public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
            return priced.standardMargin(position, checked(market));
        }

        @Override
        public List<ScheduledEvent> schedule() {
            return priced.schedule();
        }

        @Override
        public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position,
                                                 BigDecimal settlementPrice) {
            return priced.onEvent(event, position, settlementPrice);
        }

        @Override
        public List<Exposure> exposures(String instrumentId) {
            return priced.exposures(instrumentId);
        }

        @Override
        public BigDecimal closingPnl(BigDecimal quantity, BigDecimal entry, BigDecimal exit) {
            return priced.closingPnl(quantity, entry, exit);
        }

        @Override
        public boolean paysClosingPnl() {
            return priced.paysClosingPnl();
        }
    }
}
