package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.options.Black76PriceModel;

class SurfaceArbitrageTest {

    private static final Instant QUARTER = Instant.parse("2027-04-01T00:00:00Z");
    private static final Instant YEAR = Instant.parse("2028-01-01T00:00:00Z");

    private final SurfaceArbitrage atZeroRate = new SurfaceArbitrage(100, 0, new Black76PriceModel());

    /**
     * F = 100, three months: undiscounted calls 24.92, 17.37, 11.53, 8.14, 6.54 at 80…120, so the slopes from
     * c(0) = F are −0.938, −0.756, −0.584, −0.339, −0.160: falling prices, rising slopes.
     */
    @Test
    void aConvexSmilePasses() {
        List<SurfaceArbitrage.Quote> smile = List.of(quote(0, QUARTER, 80, 0.70), quote(1, QUARTER, 90, 0.62),
                quote(2, QUARTER, 100, 0.58), quote(3, QUARTER, 110, 0.60), quote(4, QUARTER, 120, 0.66));

        assertThat(atZeroRate.butterflies(smile)).isEmpty();
        assertThat(atZeroRate.calendarSpreads(smile)).isEmpty();
    }

    /**
     * 10% / 300% / 10% at 90 / 100 / 110: the calls cost 10.03, 54.67 (σ√T = 1.5: 100·(2N(0.75) − 1)) and 0.057;
     * the chord from 90 to 110 is 5.04 at 100, far below 54.67, which also costs more than the call at 90.
     */
    @Test
    void theTenThreeHundredTenSmileFailsAtItsMiddleStrike() {
        List<SurfaceArbitrage.Quote> smile = List.of(quote(0, QUARTER, 90, 0.10), quote(1, QUARTER, 100, 3.00),
                quote(2, QUARTER, 110, 0.10));

        List<SurfaceArbitrage.Finding> found = atZeroRate.butterflies(smile);

        assertThat(found).extracting(SurfaceArbitrage.Finding::index).containsExactly(1);
        assertThat(found.get(0).message()).contains("strike 100 ", "54.67", "between strikes 90 and 110",
                QUARTER.toString());
    }

    /** The strikes need not come sorted: the middle strike is found by value, and named by its request position. */
    @Test
    void theOffendingQuoteIsNamedByItsPositionInTheRequest() {
        List<SurfaceArbitrage.Quote> smile = List.of(quote(0, QUARTER, 110, 0.10), quote(1, QUARTER, 90, 0.10),
                quote(2, QUARTER, 100, 3.00));

        assertThat(atZeroRate.butterflies(smile)).extracting(SurfaceArbitrage.Finding::index).containsExactly(2);
    }

    /** Strikes 10¹⁸ times the forward: every call is worth 0.0 in a double, which is flat, not arbitrage. */
    @Test
    void callsWorthNothingAreNotArbitrage() {
        List<SurfaceArbitrage.Quote> far = List.of(quote(0, QUARTER, 1e20, 0.12), quote(1, QUARTER, 2e20, 0.12),
                quote(2, QUARTER, 3e20, 0.5));

        assertThat(atZeroRate.butterflies(far)).isEmpty();
    }

    /** At strike 100: w = 0.9²·0.25 = 0.2025 at the quarter, 0.3²·1 = 0.09 a year out. */
    @Test
    void aCalendarInversionFailsNamingBothExpiries() {
        List<SurfaceArbitrage.Quote> surface = List.of(quote(0, QUARTER, 100, 0.9), quote(1, YEAR, 100, 0.3));

        List<SurfaceArbitrage.Finding> found = atZeroRate.calendarSpreads(surface);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).contains(QUARTER.toString(), YEAR.toString(), "0.2025", "0.09");
        assertThat(atZeroRate.butterflies(surface)).isEmpty();
    }

    /**
     * A skew falling in strike: at the quarter 60% at 100 and 40% at 110 (σ√T 0.30, 0.20), a year out 31% and 21%.
     * At the same strike total variance rises (0.09 → 0.0961, 0.04 → 0.0441). At 5% the forwards are
     * 100·e^0.0125 = 101.258 and 100·e^0.05 = 105.127: the quarter's strike 100 is forward-moneyness 0.98758, a year
     * out strike 103.82, where the skew gives 31% − 0.382·10% = 27.18% and w = 0.0739 < 0.09.
     */
    @Test
    void calendarSpreadsAreComparedAtTheSameForwardMoneynessNotTheSameStrike() {
        List<SurfaceArbitrage.Quote> surface = List.of(quote(0, QUARTER, 100, 0.60), quote(1, QUARTER, 110, 0.40),
                quote(2, YEAR, 100, 0.31), quote(3, YEAR, 110, 0.21));

        assertThat(atZeroRate.calendarSpreads(surface)).isEmpty();
        List<SurfaceArbitrage.Finding> atFivePercent = new SurfaceArbitrage(100, 0.05, new Black76PriceModel())
                .calendarSpreads(surface);
        assertThat(atFivePercent).extracting(SurfaceArbitrage.Finding::index).contains(0);
        assertThat(atFivePercent.get(0).message()).contains("0.98757", "103.82", "0.07386");
    }

    /** Years as the quote's own, so that the tests read in round numbers. */
    private static SurfaceArbitrage.Quote quote(int index, Instant expiry, double strike, double volatility) {
        return new SurfaceArbitrage.Quote(index, expiry, expiry.equals(QUARTER) ? 0.25 : 1.0, strike, volatility);
    }
}
