package io.clearstone.domain.margin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.VolatilitySurface;

/**
 * A position the book cannot value when it reads it (an index it needs is stale) stays in the book: its account is
 * UNPRICED, neither safe nor liquidated, and is valued, and found below maintenance if it is, at the first tick after
 * the index returns, of whatever symbol, exactly as if it had been valued all along.
 */
class PortfolioBookUnpricedTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    /** 100 contracts of 0.01 BTC: 1 BTC long, margined in USDC. */
    private static final ResolvedInstrument LINEAR_ETH = PortfolioBookTest.instruments().stream()
            .filter(i -> i.underlying().equals("ETH-USD")).findFirst().orElseThrow();

    @Test
    void aPositionReadWhileTheSettlementIndexIsStaleIsKeptUnpricedAndLiquidatedWhenTheIndexReturns() {
        PortfolioBook book = LinearBtcBooks.book();
        book.setCollateral(3, 20_000);
        book.setPosition(3, 1, 100, 65_000, market(65_000, 3_200, false));

        assertThat(book.heldInstruments(3)).containsExactly(1L);
        assertThat(book.margin(3).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.unpriced()).containsOnlyKeys(3L);
        assertThat(book.unpriced().get(3L)).containsExactly("USDC-USD");
        assertThat(book.unpricedInstruments()).containsExactly(1L);

        // BTC falls to 50,000: equity 5,000 against 16% of 50,000; but without USDC nothing can be decided
        assertThat(book.onTick("BTC-USD", market(50_000, 3_200, false))).isEmpty();
        assertThat(book.margin(3).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.belowMaintenance("BTC-USD")).isEmpty();
        assertThat(book.drainStateChanges()).containsExactly(3L);

        // the USDC tick, not a BTC one, brings it back
        assertThat(book.onTick("USDC-USD", market(50_000, 3_200, true))).containsExactly(3L);
        assertThat(book.margin(3).state()).isEqualTo(MarginState.LIQUIDATION);
        assertThat(book.unpriced()).isEmpty();
        assertThat(book.unpricedInstruments()).isEmpty();
        assertThat(book.drainStateChanges()).containsExactly(3L);
        LinearBtcBooks.assertSameMarginAsIfPricedAllAlong(book, 3, 20_000, 100, 65_000, 50_000,
                btc -> market(btc, 3_200, true));
    }

    @Test
    void aPositionReadWhileItsUnderlyingIsStaleIsValuedAtTheUnderlyingsNextTick() {
        PortfolioBook book = LinearBtcBooks.book();
        book.setCollateral(4, 20_000);
        MarketSnapshot withoutBtc = MarketSnapshot.at(NOW).index("ETH-USD", 3_200).index("USDC-USD", 1).build();
        book.setPosition(4, 1, 100, 65_000, withoutBtc);
        assertThat(book.unpriced().get(4L)).containsExactly("BTC-USD");
        assertThat(book.onTick("ETH-USD", withoutBtc)).isEmpty();

        assertThat(book.onTick("BTC-USD", market(50_000, 3_200, true))).containsExactly(4L);
        assertThat(book.margin(4).state()).isEqualTo(MarginState.LIQUIDATION);
        LinearBtcBooks.assertSameMarginAsIfPricedAllAlong(book, 4, 20_000, 100, 65_000, 50_000,
                btc -> market(btc, 3_200, true));
    }

    /** A partial valuation decides nothing: neither a healthy rest nor a losing rest. */
    @Test
    void anAccountWithOneUnpriceablePositionIsNeitherSafeNorLiquidatedOnTheRest() {
        PortfolioBook book = LinearBtcBooks.book();
        book.listInstrument(2, LINEAR_ETH, "USDC-USD", null);
        MarketSnapshot withoutBtc = MarketSnapshot.at(NOW).index("ETH-USD", 3_200).index("USDC-USD", 1).build();
        book.setCollateral(5, 1_000);
        book.setPosition(5, 2, 1, 3_200, withoutBtc);       // 0.01 ETH: healthy on its own
        book.setPosition(5, 1, 100, 65_000, withoutBtc);    // 1 BTC: cannot be valued
        assertThat(book.margin(5).state()).isEqualTo(MarginState.UNPRICED);

        book.setPosition(5, 2, -10_000, 3_200, withoutBtc); // 100 ETH short: far below maintenance on its own
        MarketSnapshot ethUp = MarketSnapshot.at(NOW).index("ETH-USD", 3_500).index("USDC-USD", 1).build();
        assertThat(book.onTick("ETH-USD", ethUp)).isEmpty();
        assertThat(book.margin(5).state()).isEqualTo(MarginState.UNPRICED);

        assertThat(book.onTick("BTC-USD", market(65_000, 3_500, true))).containsExactly(5L);
        assertThat(book.margin(5).state().requiresLiquidation()).isTrue();
    }

    @Test
    void closingTheUnpriceablePositionPricesTheAccountAgain() {
        PortfolioBook book = LinearBtcBooks.book();
        book.setCollateral(6, 20_000);
        book.setPosition(6, 1, 100, 65_000, market(65_000, 3_200, false));
        assertThat(book.margin(6).state()).isEqualTo(MarginState.UNPRICED);
        book.setPosition(6, 1, 0, 0, market(65_000, 3_200, false));
        assertThat(book.unpriced()).isEmpty();
        assertThat(book.margin(6).state()).isEqualTo(MarginState.HEALTHY);
    }

    /** A failed valuation is no valuation: an option without its volatility surface is not worth 0. */
    @Test
    void anInstrumentThatReportsAFailedValuationIsUnpricedNotWorthNothing() {
        ResolvedInstrument option = PortfolioBookTest.instruments().stream()
                .filter(i -> i.underlying().equals("BTC-USD") && !i.paysClosingPnl()
                        && i.settlementAsset().equals("USDC"))
                .findFirst().orElseThrow();
        PortfolioBook book = new PortfolioBook(PortfolioScenarios.STANDARD, 0.8);
        book.listInstrument(7, option, "USDC-USD", null);
        MarketSnapshot noSurface = MarketSnapshot.at(NOW).index("BTC-USD", 65_000).index("USDC-USD", 1).build();
        book.setCollateral(8, 100_000);
        book.setPosition(8, 7, -10, 0, noSurface);
        assertThat(book.margin(8).state()).isEqualTo(MarginState.UNPRICED);
        assertThat(book.unpriced().get(8L)).singleElement().asString().contains("instrument 7");

        book.onTick("BTC-USD", market(65_000, 3_200, true));
        assertThat(book.margin(8).state()).isNotEqualTo(MarginState.UNPRICED);
        assertThat(book.margin(8).maintenanceUsd()).isPositive();
    }

    private static MarketSnapshot market(double btc, double eth, boolean usdc) {
        MarketSnapshot.Builder market = MarketSnapshot.at(NOW).index("BTC-USD", btc).index("ETH-USD", eth)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).surface("ETH-USD", VolatilitySurface.flat(0.75));
        if (usdc) {
            market.index("USDC-USD", 1);
        }
        return market.build();
    }
}
