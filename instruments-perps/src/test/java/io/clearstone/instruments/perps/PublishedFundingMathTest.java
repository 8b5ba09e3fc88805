package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The interest component, Binance's time-weighted premium and the two linear isolated liquidation prices, against the
 * venues' published examples and hand-derived values (the arithmetic is in each test).
 */
class PublishedFundingMathTest {

    @Test
    void interestIsTheQuoteMinusBaseDailyRateOverTheFundingsPerDay() {
        // BitMEX and Binance: USDT (quote) 0.06% a day, BTC (base) 0.03% a day, three fundings a day:
        // (0.06% − 0.03%) / 3 = 0.01% per 8 hours, the 0.01% both venues show as the interest rate
        assertThat(PerpetualMath.interestRate(0.0006, 0.0003, 3)).isCloseTo(0.0001, within(1e-18));
        // hourly funding: (0.06% − 0.03%) / 24 = 0.00125% an hour, an eighth of the 8-hour figure
        assertThat(PerpetualMath.interestRate(0.0006, 0.0003, 24)).isCloseTo(0.0000125, within(1e-18));
        // the rates the other way round (base dearer than quote): −0.01%, shorts would pay longs
        assertThat(PerpetualMath.interestRate(0.0003, 0.0006, 3)).isCloseTo(-0.0001, within(1e-18));
    }

    @Test
    void laterPremiumSamplesWeighMore() {
        // (1·0.01% + 2·0.02% + 3·0.03% + 4·0.04%) / (1 + 2 + 3 + 4) = 0.30% / 10 = 0.03%; the plain mean is 0.025%
        assertThat(PerpetualMath.timeWeightedPremium(0.0001, 0.0002, 0.0003, 0.0004)).isCloseTo(0.0003,
                within(1e-18));
        // a constant premium averages to itself
        assertThat(PerpetualMath.timeWeightedPremium(0.0007, 0.0007, 0.0007)).isCloseTo(0.0007, within(1e-18));
        assertThat(PerpetualMath.timeWeightedPremium()).isZero();
    }

    @Test
    void missingSampleTimesLeaveTheOthersTheirWeights() {
        // samples at the 1st and 4th of four times only: (1·0.01% + 4·0.04%) / (1 + 4) = 0.17% / 5 = 0.034%
        assertThat(PerpetualMath.timeWeightedPremium(new int[] {1, 4}, new double[] {0.0001, 0.0004}))
                .isCloseTo(0.00034, within(1e-18));
    }

    @Test
    void bybitsPublishedLinearIsolatedExamplesCountMaintenanceOnEntry() {
        // Bybit (USDT contract): 1 BTC long at 20,000 with 50x, MMR 0.5%: IM = 400, MM = 100, LP = 20,000 − 300
        assertThat(PerpetualMath.linearLiquidationOnEntryNotional(400, 0, 1, 20_000, 0.005))
                .isCloseTo(19_700, within(1e-9));
        // Bybit's earlier form: long 1 BTC at 10,000 with 50x: 10,000 × (1 − 2% + 0.5%) = 9,850
        assertThat(PerpetualMath.linearLiquidationOnEntryNotional(200, 0, 1, 10_000, 0.005))
                .isCloseTo(9_850, within(1e-9));
        // short 1 BTC at 8,000 with 40x: 8,000 × (1 + 2.5% − 0.5%) = 8,160
        assertThat(PerpetualMath.linearLiquidationOnEntryNotional(200, 0, -1, 8_000, 0.005))
                .isCloseTo(8_160, within(1e-9));
    }

    @Test
    void onTheMarkTheSamePositionsLiquidateElsewhere() {
        // Binance's rule on the same positions: long (20,000 − 400) / (1 − 0.005) = 19,698.49; the maintenance at the
        // lower price is smaller than at entry, so the long goes a little further than Bybit's 19,700
        assertThat(PerpetualMath.linearLiquidation(400, 0, 1, 20_000, 0.005)).isCloseTo(19_698.4925, within(1e-4));
        // short (8,000 + 200) / (1 + 0.005) = 8,159.20, below Bybit's 8,160: its maintenance grows with the price
        assertThat(PerpetualMath.linearLiquidation(200, 0, -1, 8_000, 0.005)).isCloseTo(8_159.2040, within(1e-4));
    }

    @ParameterizedTest(name = "{2} at {3}, WB {0}, cum {1}, MMR {4}")
    @CsvSource({"1535443.01, 135365, 3683.979, 1456.84, 0.10", "400, 0, 1, 20000, 0.005", "200, 0, -1, 8000, 0.005",
            "6500, 250, -2.5, 65000, 0.01", "90000, 5000, 12, 61000, 0.025"})
    void eachPriceIsWhereEquityMeetsItsMaintenance(double wallet, double cum, double quantity, double entry,
                                                   double rate) {
        double size = Math.abs(quantity);
        double onEntry = PerpetualMath.linearLiquidationOnEntryNotional(wallet, cum, quantity, entry, rate);
        assertThat(wallet + PerpetualMath.linearPnl(quantity, entry, onEntry))
                .isCloseTo(size * entry * rate - cum, within(1e-6 * wallet));
        double onMark = PerpetualMath.linearLiquidation(wallet, cum, quantity, entry, rate);
        assertThat(wallet + PerpetualMath.linearPnl(quantity, entry, onMark))
                .isCloseTo(size * onMark * rate - cum, within(1e-6 * wallet));
    }
}
