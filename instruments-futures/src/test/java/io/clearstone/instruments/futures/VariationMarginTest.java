package io.clearstone.instruments.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;

/**
 * The cash a future moves, exactly, against hand-computed figures: nothing at the trade, variation margin at each
 * daily settlement from the reference price, the positions re-struck at the settlement price, and the last variation
 * margin at expiry, which closes them. Driven the way the platform's lifecycle engine drives it.
 */
class VariationMarginTest {

    private static final ScheduledEvent DAY_ONE = daily("2026-11-22T08:00:00Z");
    private static final ScheduledEvent DAY_TWO = daily("2026-11-23T08:00:00Z");
    private static final ScheduledEvent EXPIRY = new ScheduledEvent(ScheduledEvent.EXPIRY,
            Instant.parse("2027-03-26T08:00:00Z"));

    private final ResolvedInstrument linear = Samples.resolve(Samples.linearQuarterly());
    private final ResolvedInstrument inverse = Samples.resolve(Samples.inverseEveryTenSeconds());

    @Test
    void aTradeMovesNoCash() {
        assertThat(linear.cashAtTrade(new BigDecimal("10000"), new BigDecimal("60000"))).isZero();
        assertThat(inverse.cashAtTrade(new BigDecimal("-5"), new BigDecimal("8000"))).isZero();
    }

    @Test
    void aLinearLongIsPaidAndPaysVariationMarginAndIsClosedAtExpiry() {
        // 10,000 contracts of 0.001 BTC = 10 BTC long from 60,000
        HeldPosition held = new HeldPosition(new BigDecimal("10000"), new BigDecimal("60000"));

        CashFlowInstruction first = single(linear.onEvent(DAY_ONE, held, new BigDecimal("61250.5")));
        // 10 × (61,250.5 − 60,000)
        assertThat(first.amount()).isEqualByComparingTo("12505");
        assertThat(first.asset()).isEqualTo("USDC");
        assertThat(first.closesPosition()).isFalse();
        held = restruck(linear, DAY_ONE, held, new BigDecimal("61250.5"));

        CashFlowInstruction second = single(linear.onEvent(DAY_TWO, held, new BigDecimal("60100")));
        // 10 × (60,100 − 61,250.5)
        assertThat(second.amount()).isEqualByComparingTo("-11505");
        assertThat(second.closesPosition()).isFalse();
        held = restruck(linear, DAY_TWO, held, new BigDecimal("60100"));

        CashFlowInstruction last = single(linear.onEvent(EXPIRY, held, new BigDecimal("60400")));
        assertThat(last.amount()).isEqualByComparingTo("3000");
        assertThat(last.closesPosition()).isTrue();
        assertThat(linear.restrike(EXPIRY, new BigDecimal("60400"))).isEmpty();
        // the variation margins add up to the P&L of the whole life: 10 × (60,400 − 60,000)
        assertThat(first.amount().add(second.amount()).add(last.amount())).isEqualByComparingTo("4000");
    }

    @Test
    void theShortSideOfEveryVariationMarginIsItsExactNegative() {
        HeldPosition longSide = new HeldPosition(new BigDecimal("7"), new BigDecimal("60000.5"));
        HeldPosition shortSide = new HeldPosition(new BigDecimal("-7"), new BigDecimal("60000.5"));
        for (ScheduledEvent event : List.of(DAY_ONE, EXPIRY)) {
            BigDecimal paid = single(linear.onEvent(event, longSide, new BigDecimal("59876.5"))).amount();
            BigDecimal received = single(linear.onEvent(event, shortSide, new BigDecimal("59876.5"))).amount();
            // 7 × 0.001 × (59,876.5 − 60,000.5)
            assertThat(paid).isEqualByComparingTo("-0.868");
            assertThat(received).isEqualByComparingTo("0.868");
        }
    }

    @Test
    void anInverseLongIsSettledInCoinAtOneOverThePrice() {
        // 100 contracts of 100 USD = 10,000 USD long from 8,000
        HeldPosition held = new HeldPosition(new BigDecimal("100"), new BigDecimal("8000"));
        ScheduledEvent first = daily("2026-11-21T08:00:05Z");
        ScheduledEvent second = daily("2026-11-21T08:00:15Z");
        ScheduledEvent expiry = new ScheduledEvent(ScheduledEvent.EXPIRY, Instant.parse("2026-11-21T08:00:35Z"));

        CashFlowInstruction up = single(inverse.onEvent(first, held, new BigDecimal("12500")));
        // 10,000 × (1/8,000 − 1/12,500)
        assertThat(up.amount()).isEqualByComparingTo("0.45");
        assertThat(up.asset()).isEqualTo("BTC");
        held = restruck(inverse, first, held, new BigDecimal("12500"));
        CashFlowInstruction down = single(inverse.onEvent(second, held, new BigDecimal("10000")));
        // 10,000 × (1/12,500 − 1/10,000)
        assertThat(down.amount()).isEqualByComparingTo("-0.2");
        held = restruck(inverse, second, held, new BigDecimal("10000"));
        CashFlowInstruction last = single(inverse.onEvent(expiry, held, new BigDecimal("8000")));
        // 10,000 × (1/10,000 − 1/8,000)
        assertThat(last.amount()).isEqualByComparingTo("-0.25");
        assertThat(last.closesPosition()).isTrue();
        assertThat(up.amount().add(down.amount()).add(last.amount())).as("back where it started").isZero();
    }

    @Test
    void anUnchangedPriceSettlesNothingDailyButStillClosesAtExpiry() {
        HeldPosition held = new HeldPosition(new BigDecimal("3"), new BigDecimal("60000"));
        assertThat(linear.onEvent(DAY_ONE, held, new BigDecimal("60000"))).isEmpty();
        assertThat(linear.restrike(DAY_ONE, new BigDecimal("60000"))).contains(new BigDecimal("60000"));
        CashFlowInstruction last = single(linear.onEvent(EXPIRY, held, new BigDecimal("60000")));
        assertThat(last.amount()).isZero();
        assertThat(last.closesPosition()).isTrue();
    }

    @Test
    void otherEventsMeanNothingToAFuture() {
        ScheduledEvent funding = new ScheduledEvent(ScheduledEvent.FUNDING, Instant.parse("2026-11-22T08:00:00Z"));
        HeldPosition held = new HeldPosition(new BigDecimal("3"), new BigDecimal("60000"));
        assertThat(linear.onEvent(funding, held, new BigDecimal("61000"))).isEmpty();
        assertThat(linear.restrike(funding, new BigDecimal("61000"))).isEmpty();
    }

    @Test
    void closingPnlIsTheVariationMarginOfAReductionAndIsPaidInCash() {
        assertThat(linear.paysClosingPnl()).isTrue();
        // 1,000 contracts of 0.001 BTC from 60,000 to 59,000 lose 1,000 USDC
        assertThat(linear.closingPnl(new BigDecimal("1000"), new BigDecimal("60000"), new BigDecimal("59000")))
                .isEqualByComparingTo("-1000");
        // 100 contracts of 100 USD long from 8,000 closed at 12,500: 0.45 coin; the short loses as much
        assertThat(inverse.closingPnl(new BigDecimal("100"), new BigDecimal("8000"), new BigDecimal("12500")))
                .isEqualByComparingTo("0.45");
        assertThat(inverse.closingPnl(new BigDecimal("-100"), new BigDecimal("8000"), new BigDecimal("12500")))
                .isEqualByComparingTo("-0.45");
    }

    @Test
    void aPlatformThatSeesOnlyTheValuationViewGetsTheSameCash() {
        assertThat(single(linear.onEvent(EXPIRY, new PositionView(10_000, 60_000), new BigDecimal("60400")))
                .amount()).isEqualByComparingTo("4000");
    }

    @Test
    void everySettlementPricesOverTheConfiguredWindow() {
        assertThat(linear.settlementWindow(DAY_ONE)).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(linear.settlementWindow(EXPIRY)).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(inverse.settlementWindow(DAY_ONE)).isEqualTo(java.time.Duration.ofSeconds(2));
        ResolvedInstrument hourly = Samples.resolve(Samples.linearCapped());
        assertThat(hourly.settlementWindow(EXPIRY)).isEqualTo(java.time.Duration.ofHours(1));
    }

    /** What the lifecycle engine does to a position still open after an event: its reference becomes the price. */
    private static HeldPosition restruck(ResolvedInstrument future, ScheduledEvent event, HeldPosition held,
                                         BigDecimal price) {
        BigDecimal reference = future.restrike(event, price).orElseThrow();
        assertThat(reference).isEqualByComparingTo(price);
        return new HeldPosition(held.quantity(), reference);
    }

    private static CashFlowInstruction single(List<CashFlowInstruction> instructions) {
        assertThat(instructions).hasSize(1);
        return instructions.get(0);
    }

    private static ScheduledEvent daily(String at) {
        return new ScheduledEvent(ScheduledEvent.DAILY_SETTLEMENT, Instant.parse(at));
    }
}
