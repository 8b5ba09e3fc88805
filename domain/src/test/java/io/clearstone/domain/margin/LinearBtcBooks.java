package io.clearstone.domain.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleFunction;

import io.clearstone.instruments.spi.MarketSnapshot;

/**
 * Books over one linear BTC swap (instrument 1, settled in USDC), shared by the tests of a book that meets a missing or
 * stale index: whatever it lived through, once every index is back it must margin an account as a book that had every
 * price all along.
 */
final class LinearBtcBooks {

    private LinearBtcBooks() {
    }

    static PortfolioBook book() {
        PortfolioBook book = new PortfolioBook(PortfolioScenarios.STANDARD, 0.8);
        book.listInstrument(1, PortfolioBookTest.instruments().get(0), "USDC-USD", null);
        return book;
    }

    /**
     * The account's margin in {@code book} equals what a book priced from the start gives for the same position
     * after the same move.
     *
     * @param everyIndexAt a market with every index fresh, BTC at the given price
     */
    static void assertSameMarginAsIfPricedAllAlong(PortfolioBook book, long account, double collateral,
            double quantity, double entry, double btcNow, DoubleFunction<MarketSnapshot> everyIndexAt) {
        PortfolioBook priced = book();
        priced.setCollateral(account, collateral);
        priced.setPosition(account, 1, quantity, entry, everyIndexAt.apply(entry));
        priced.onTick("BTC-USD", everyIndexAt.apply(btcNow));
        PortfolioBook.Margin expected = priced.margin(account);
        PortfolioBook.Margin actual = book.margin(account);
        assertThat(actual.equityUsd()).isCloseTo(expected.equityUsd(), within(1e-6));
        assertThat(actual.maintenanceUsd()).isCloseTo(expected.maintenanceUsd(), within(1e-6));
        assertThat(actual.state()).isEqualTo(expected.state());
    }
}
