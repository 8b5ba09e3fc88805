package io.clearstone.instruments.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.StandardMargin;

/** Value, sensitivities, risk arrays, tiered margin, liquidation prices and trade checks against hand figures. */
class FutureValuationTest {

    private static final MarketSnapshot MARKET = MarketSnapshot.at(Samples.NOW).index("BTC-USD", 65_000)
            .index("ETH-USD", 3_000).build();

    private final ResolvedInstrument linear = Samples.resolve(Samples.linearQuarterly());
    private final ResolvedInstrument inverse = Samples.resolve(Samples.inverseEveryTenSeconds());

    @Test
    void aFutureIsMarkedToTheIndexItSettlesAt() {
        assertThat(linear.price(MARKET).asDouble()).hasValue(65_000);
        assertThat(linear.price(MarketSnapshot.at(Samples.NOW).build())).isInstanceOf(
                io.clearstone.instruments.spi.MeasureResult.Failure.class);
        assertThat(linear.value(new PositionView(1, 60_000), MarketSnapshot.at(Samples.NOW).build())
                .failuresByName()).containsKeys("presentValue", "delta");
    }

    @Test
    void linearValueIsTheStablecoinPnlSinceTheReferencePrice() {
        // 1,000 contracts of 0.001 BTC = 1 BTC struck at 60,000, index 65,000
        var valuation = linear.value(new PositionView(1000, 60_000), MARKET);
        assertThat(valuation.value(Measure.PRESENT_VALUE).getAsDouble()).isCloseTo(5_000, within(1e-9));
        assertThat(valuation.value(Measure.DELTA).getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(valuation.value(Measure.GAMMA).getAsDouble()).isZero();
        assertThat(linear.settlementAsset()).isEqualTo("USDC");
    }

    @Test
    void inverseValueIsTheCoinPnlWithDeltaAndGammaOfOneOverThePrice() {
        // 100 contracts of 100 USD = 10,000 USD struck at 60,000
        var valuation = inverse.value(new PositionView(100, 60_000), MARKET);
        assertThat(valuation.value(Measure.PRESENT_VALUE).getAsDouble())
                .isCloseTo(10_000 * (1 / 60_000.0 - 1 / 65_000.0), within(1e-15));
        assertThat(valuation.value(Measure.DELTA).getAsDouble()).isCloseTo(10_000 / (65_000.0 * 65_000), within(1e-18));
        assertThat(valuation.value(Measure.GAMMA).getAsDouble())
                .isCloseTo(-2 * 10_000 / (65_000.0 * 65_000 * 65_000), within(1e-22));
        assertThat(inverse.settlementAsset()).isEqualTo("BTC");
    }

    @Test
    void theRiskArrayIsTheChangeOfPnlUnderEachPriceMoveWhateverTheVolatility() {
        ScenarioGrid grid = new ScenarioGrid(List.of(-0.16, 0.0, 0.08), List.of(-0.05, 0.0, 0.05));
        RiskArray array = linear.riskArray(new PositionView(-2000, 60_000), MARKET, grid);
        // a 2 BTC short: +16% of 65,000 costs 2 × 10,400; −8% gains 2 × 5,200 (rows run −16%, 0, +8%)
        for (int v = 0; v < 3; v++) {
            assertThat(array.pnl()[0][v]).isCloseTo(2 * 10_400, within(1e-6));
            assertThat(array.pnl()[1][v]).isZero();
            assertThat(array.pnl()[2][v]).isCloseTo(-2 * 5_200, within(1e-6));
        }
        RiskArray coin = inverse.riskArray(new PositionView(100, 60_000), MARKET, grid);
        assertThat(coin.pnl()[0][1]).isCloseTo(10_000 * (1 / 65_000.0 - 1 / (65_000 * 0.84)), within(1e-15));
    }

    @Test
    void marginFollowsTheTierOfTheNotional() {
        // 10 BTC at 65,000 = 650,000 USD: base tier (1% / 0.5%)
        StandardMargin small = linear.standardMargin(new PositionView(10_000, 60_000), MARKET);
        assertThat(small.initial()).isCloseTo(6_500, within(1e-6));
        assertThat(small.maintenance()).isCloseTo(3_250, within(1e-6));
        // 40 BTC = 2,600,000 USD: third tier (2% / 1.5%, less 15,000 = 1,000,000 × 0.5% + 2,000,000 × 0.5%)
        StandardMargin large = linear.standardMargin(new PositionView(-40_000, 60_000), MARKET);
        assertThat(large.initial()).isCloseTo(52_000, within(1e-6));
        assertThat(large.maintenance()).isCloseTo(39_000 - 15_000, within(1e-6));
        // inverse: 10,000 USD, base tier, in coin at the index
        StandardMargin coin = inverse.standardMargin(new PositionView(100, 60_000), MARKET);
        assertThat(coin.initial()).isCloseTo(100 / 65_000.0, within(1e-15));
        assertThat(coin.maintenance()).isCloseTo(50 / 65_000.0, within(1e-15));
        assertThat(linear.standardMargin(new PositionView(0, 0), MARKET)).isEqualTo(StandardMargin.NONE);
    }

    @Test
    void theTieredMaintenanceIsContinuousAtEveryBoundary() {
        MarginTiers ladder = MarginTiers.stepped(1_000_000, 1_000_000, 9, 0.01, 0.005, 0.005);
        for (int i = 0; i < ladder.tiers().size() - 1; i++) {
            MarginTier below = ladder.tiers().get(i);
            MarginTier above = ladder.tiers().get(i + 1);
            double boundary = below.maxNotional();
            assertThat(boundary * above.maintenanceRate() - above.maintenanceAmount())
                    .isCloseTo(boundary * below.maintenanceRate() - below.maintenanceAmount(), within(1e-6));
        }
        assertThat(ladder.maxNotional()).isEqualTo(10_000_000);
    }

    @Test
    void maxLeverageFloorsTheInitialRate() {
        ResolvedInstrument twentyTimes = Samples.resolve(Samples.with(Samples.linearQuarterly(), "maxLeverage",
                new BigDecimal("20")));
        StandardMargin margin = twentyTimes.standardMargin(new PositionView(10_000, 60_000), MARKET);
        assertThat(margin.initial()).isCloseTo(650_000 * 0.05, within(1e-6));
        assertThat(margin.maintenance()).isCloseTo(650_000 * 0.005, within(1e-6));
    }

    @Test
    void liquidationPricesSolveEquityEqualsMaintenance() {
        // 1 BTC long struck at 65,000 with 6,500 USDC: (6,500 − 65,000) / (0.005 − 1) = 58,793.97
        assertThat(linear.liquidationPrice(new PositionView(1000, 65_000), 6_500, MARKET).getAsDouble())
                .isCloseTo(58_793.97, within(0.005));
        // the short: (6,500 + 65,000) / (0.005 + 1) = 71,144.28
        assertThat(linear.liquidationPrice(new PositionView(-1000, 65_000), 6_500, MARKET).getAsDouble())
                .isCloseTo(71_144.28, within(0.005));
        // 20,000 USD inverse long struck at 2,000 with 1 coin: (20,000 + 100) / (1 + 10) = 1,827.27
        ResolvedInstrument coin = Samples.resolve(Samples.with(Samples.inverseEveryTenSeconds(), "contractSize",
                BigDecimal.ONE));
        double price = coin.liquidationPrice(new PositionView(20_000, 2_000), 1, MARKET).getAsDouble();
        assertThat(price).isCloseTo(1_827.27, within(0.005));
        double equity = 1 + 20_000 * (1 / 2_000.0 - 1 / price);
        assertThat(equity).as("equity meets maintenance there").isCloseTo(20_000 * 0.005 / price, within(1e-12));
        // the short: (20,000 × 0.995) / (10 − 1) = 2,211.11; backed by more than its notional in coin, never
        assertThat(coin.liquidationPrice(new PositionView(-20_000, 2_000), 1, MARKET).getAsDouble())
                .isCloseTo(2_211.11, within(0.005));
        assertThat(coin.liquidationPrice(new PositionView(-20_000, 2_000), 11, MARKET)).isEmpty();
        assertThat(linear.liquidationPrice(new PositionView(0, 65_000), 6_500, MARKET)).isEmpty();
    }

    @Test
    void theLargestRiskLimitAndThePositionCapAreEnforced() {
        // the default ladder ends at 10,000,000 USD: 153 BTC at 65,000 is inside, 154 is not
        assertThat(linear.positionLimitBreach(new BigDecimal("153000"), MARKET)).isEmpty();
        assertThat(linear.positionLimitBreach(new BigDecimal("-154000"), MARKET)).get().asString()
                .contains("exceeds the largest risk limit");
        ResolvedInstrument capped = Samples.resolve(Samples.linearCapped());
        assertThat(capped.positionLimitBreach(new BigDecimal("-20000"), MARKET)).isEmpty();
        assertThat(capped.positionLimitBreach(new BigDecimal("20001"), MARKET)).get().asString()
                .contains("position limit of 20000");
    }

    @Test
    void tradePricesMustBePositiveAndOnTheTick() {
        assertThat(linear.priceBreach(new BigDecimal("65000.5"))).isEmpty();
        assertThat(linear.priceBreach(new BigDecimal("65000.25"))).get().asString().contains("tick 0.5");
        assertThat(linear.priceBreach(BigDecimal.ZERO)).get().asString().contains("not a positive price");
        assertThat(inverse.priceBreach(new BigDecimal("-8000"))).isPresent();
    }

    @Test
    void exposuresNameTheIndexAndTheSettlementAsset() {
        assertThat(inverse.exposures("F1")).extracting(e -> e.to().kind() + ":" + e.to().id())
                .containsExactly("index:BTC-USD", "asset:BTC");
    }
}
