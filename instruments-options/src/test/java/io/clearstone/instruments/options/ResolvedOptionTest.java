package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.VolatilitySurface;

class ResolvedOptionTest {

    private static final Instant EXPIRY = Instant.parse("2027-03-26T08:00:00Z");

    @Test
    void inverseOptionsSettleInCoinAsDeribitPublishes() {
        // a long 300 call settled at 400 pays 0.25 coin; a long 300 put settled at 200 pays 0.5 coin
        assertThat(settle(option(SettlementStyle.INVERSE, OptionRight.CALL, "300"), 1, "400").amount())
                .isEqualByComparingTo("0.25");
        assertThat(settle(option(SettlementStyle.INVERSE, OptionRight.PUT, "300"), 1, "200").amount())
                .isEqualByComparingTo("0.5");
        assertThat(settle(option(SettlementStyle.INVERSE, OptionRight.CALL, "300"), -2, "400").amount())
                .isEqualByComparingTo("-0.5");
    }

    @Test
    void linearOptionsSettleTheirIntrinsicValueAndCloseThePosition() {
        CashFlowInstruction flow = settle(option(SettlementStyle.LINEAR, OptionRight.CALL, "60000"), 3, "61234.5");
        assertThat(flow.asset()).isEqualTo("USDC");
        assertThat(flow.amount()).isEqualByComparingTo("3703.5");
        assertThat(flow.closesPosition()).isTrue();
        assertThat(settle(option(SettlementStyle.LINEAR, OptionRight.CALL, "60000"), 3, "59000").amount()).isZero();
    }

    @Test
    void deribitStandardMarginOfAShortCall() {
        // S=50,000, K=55,000, mark 0.01 coin → initial 0.11, maintenance 0.085
        double[] margin = StandardMarginParameters.DERIBIT.shortContractInCoin(50_000, 55_000, true, 0.01);
        assertThat(margin[0]).isCloseTo(0.11, within(1e-12));
        assertThat(margin[1]).isCloseTo(0.085, within(1e-12));
    }

    @Test
    void shortInverseMarginIsInCoinAndShortLinearInTheStablecoin() {
        MarketSnapshot market = market(65_000);
        ResolvedOption inverse = option(SettlementStyle.INVERSE, OptionRight.CALL, "80000");
        double mark = inverse.price(market) instanceof io.clearstone.instruments.spi.MeasureResult.Value v
                ? v.value() : Double.NaN;
        StandardMargin coin = inverse.standardMargin(PositionView.of(-2), market);
        double otm = (80_000 - 65_000) / 65_000.0;
        assertThat(coin.initial()).isCloseTo(2 * (Math.max(0.15 - otm, 0.10) + mark), within(1e-12));
        assertThat(coin.maintenance()).isCloseTo(2 * (0.075 + mark), within(1e-12));

        StandardMargin usd = option(SettlementStyle.LINEAR, OptionRight.CALL, "80000")
                .standardMargin(PositionView.of(-2), market);
        assertThat(usd.initial()).isCloseTo(coin.initial() * 65_000, within(1e-6));

        StandardMargin longMargin = inverse.standardMargin(PositionView.of(2), market);
        assertThat(longMargin.initial()).isCloseTo(2 * mark, within(1e-12));
    }

    @Test
    void inversePriceIsTheLinearPriceDividedByTheIndex() {
        MarketSnapshot market = market(65_000);
        double linear = option(SettlementStyle.LINEAR, OptionRight.PUT, "60000").value(PositionView.of(1), market)
                .value(Measure.PRESENT_VALUE).orElseThrow();
        double inverse = option(SettlementStyle.INVERSE, OptionRight.PUT, "60000").value(PositionView.of(1), market)
                .value(Measure.PRESENT_VALUE).orElseThrow();
        assertThat(inverse).isCloseTo(linear / 65_000, within(1e-15));
    }

    @Test
    void missingMarketDataFailsEachMeasureWithAReason() {
        MarketSnapshot empty = MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).build();
        var valuation = option(SettlementStyle.LINEAR, OptionRight.CALL, "60000").value(PositionView.of(1), empty);
        assertThat(valuation.value(Measure.PRESENT_VALUE)).isEmpty();
        assertThat(valuation.results().get(Measure.DELTA).toString()).contains("no index price for BTC-USD");
    }

    private static CashFlowInstruction settle(ResolvedOption option, double quantity, String price) {
        List<CashFlowInstruction> flows = option.onEvent(new ScheduledEvent(ScheduledEvent.EXPIRY, EXPIRY),
                new PositionView(quantity, 0), new BigDecimal(price));
        assertThat(flows).hasSize(1);
        return flows.get(0);
    }

    private static ResolvedOption option(SettlementStyle style, OptionRight right, String strike) {
        OptionTerms terms = new OptionTerms("BTC-USD", style, right, new BigDecimal(strike), EXPIRY, BigDecimal.ONE);
        return new ResolvedOption(terms, style == SettlementStyle.INVERSE ? "BTC" : "USDC",
                StandardMarginParameters.DERIBIT);
    }

    private static MarketSnapshot market(double spot) {
        return MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("BTC-USD", spot).rate("USD", 0.03)
                .surface("BTC-USD", VolatilitySurface.flat(0.6)).build();
    }
}
