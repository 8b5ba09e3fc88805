package io.clearstone.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.ledger.Posting;
import io.clearstone.instruments.spi.CashFlowInstruction;
import org.junit.jupiter.api.Test;

class CashFlowBookingTest {

    private static final long SETTLEMENT = 1;
    private static final Map<String, Integer> DECIMALS = Map.of("USDC", 6, "BTC", 8);

    @Test
    void everyInstructionIsBookedInItsOwnAssetRoundedToItsDecimalsAgainstTheSettlementAccount() {
        List<CashFlowBooking.PositionFlows> flows = List.of(
                new CashFlowBooking.PositionFlows(10, List.of(
                        new CashFlowInstruction("USDC", new BigDecimal("24.6900004"), "variation margin", false),
                        new CashFlowInstruction("BTC", new BigDecimal("0.000000015"), "coupon", false))),
                new CashFlowBooking.PositionFlows(11, List.of(
                        new CashFlowInstruction("USDC", new BigDecimal("-12.3450005"), "variation margin", false))));

        CashFlowBooking.Booking booking = CashFlowBooking.of(flows, "USDC", SETTLEMENT, DECIMALS::get);

        assertThat(booking.postings()).containsExactly(
                Posting.of(10, "BTC", new BigDecimal("0.00000002")),
                Posting.of(SETTLEMENT, "BTC", new BigDecimal("-0.00000002")),
                Posting.of(10, "USDC", new BigDecimal("24.690000")),
                Posting.of(11, "USDC", new BigDecimal("-12.345000")),
                Posting.of(SETTLEMENT, "USDC", new BigDecimal("-12.345000")));
        // P&L counts the settlement asset only; the coupon in BTC is cash of another asset
        assertThat(booking.outcomes()).containsExactly(
                new CashFlowBooking.PositionOutcome(10, new BigDecimal("24.690000"), false),
                new CashFlowBooking.PositionOutcome(11, new BigDecimal("-12.345000"), false));
    }

    @Test
    void anyInstructionThatClosesThePositionClosesIt() {
        CashFlowBooking.Booking booking = CashFlowBooking.of(List.of(new CashFlowBooking.PositionFlows(10, List.of(
                new CashFlowInstruction("USDC", BigDecimal.ONE, "coupon", false),
                new CashFlowInstruction("USDC", BigDecimal.ZERO, "redemption", true)))), "USDC", SETTLEMENT,
                DECIMALS::get);

        assertThat(booking.outcomes().get(0).closes()).isTrue();
        assertThat(booking.outcomes().get(0).settlementAssetFlow()).isEqualByComparingTo("1");
    }

    @Test
    void aLongAndAShortThatCancelNeedNoSettlementLegAndNothingMovesNoTransaction() {
        CashFlowBooking.Booking cancelling = CashFlowBooking.of(List.of(
                new CashFlowBooking.PositionFlows(10, List.of(new CashFlowInstruction("USDC", BigDecimal.TEN, "", false))),
                new CashFlowBooking.PositionFlows(11, List.of(
                        new CashFlowInstruction("USDC", BigDecimal.TEN.negate(), "", false)))),
                "USDC", SETTLEMENT, DECIMALS::get);
        CashFlowBooking.Booking nothing = CashFlowBooking.of(List.of(new CashFlowBooking.PositionFlows(10, List.of(
                new CashFlowInstruction("USDC", new BigDecimal("0.0000001"), "", true)))), "USDC", SETTLEMENT,
                DECIMALS::get);

        assertThat(cancelling.postings()).extracting(Posting::accountId).containsExactly(10L, 11L);
        assertThat(nothing.postings()).isEmpty();
        assertThat(nothing.outcomes().get(0).closes()).isTrue();
    }
}
