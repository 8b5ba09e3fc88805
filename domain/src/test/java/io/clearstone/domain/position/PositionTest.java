package io.clearstone.domain.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionTest {

    private static final ClosingPnl LINEAR = (quantity, entry, exit) -> quantity.multiply(exit.subtract(entry));
    /** Contracts of 1 USD on a coin: P&L in coin, q × (1/entry − 1/exit), rounded to 8 decimals as BTC is paid. */
    private static final ClosingPnl INVERSE_IN_BTC = (quantity, entry, exit) -> quantity
            .multiply(exit.subtract(entry)).divide(entry.multiply(exit), 8, RoundingMode.HALF_EVEN);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            open long                    | 2@100               | 2  | 100 | 0
            increase averages in         | 2@100, 1@130        | 3  | 110 | 0
            reduce realises at average   | 3@110, -1@150       | 2  | 110 | 40
            close flattens               | 2@100, -2@90        | 0  | 0   | -20
            flip opens rest at the fill  | 2@100, -5@120       | -3 | 120 | 40
            short then cover lower gains | -4@50, 1@30         | -3 | 50  | 20
            short increase averages in   | -1@50, -3@70        | -4 | 65  | 0
            """)
    void fillsNetIntoOnePosition(String name, String fills, String quantity, String average, String realised) {
        Position position = new Position(new PositionKey(1, 1));
        for (String fill : fills.split(",\\s*")) {
            String[] parts = fill.split("@");
            position.fill(new BigDecimal(parts[0]), new BigDecimal(parts[1]), LINEAR);
        }
        assertThat(position.quantity()).isEqualByComparingTo(quantity);
        assertThat(position.averagePrice()).isEqualByComparingTo(average);
        assertThat(position.realizedPnl()).isEqualByComparingTo(realised);
    }

    @Test
    void anInverseLongClosedHigherRealisesCoinAndReturnsWhatItRealised() {
        Position position = new Position(new PositionKey(1, 1));
        assertThat(position.fill(new BigDecimal("10000"), new BigDecimal("8000"), INVERSE_IN_BTC)).isZero();
        // 10,000 contracts from 8,000 to 12,500: 0.45 BTC, half of it on closing half
        assertThat(position.fill(new BigDecimal("-5000"), new BigDecimal("12500"), INVERSE_IN_BTC))
                .isEqualByComparingTo("0.225");
        assertThat(position.fill(new BigDecimal("-5000"), new BigDecimal("12500"), INVERSE_IN_BTC))
                .isEqualByComparingTo("0.225");
        assertThat(position.realizedPnl()).isEqualByComparingTo("0.45");
        assertThat(position.quantity()).isZero();
    }

    @Test
    void anInverseShortLosesCoinWhenThePriceRises() {
        Position position = new Position(new PositionKey(1, 1));
        position.fill(new BigDecimal("-10000"), new BigDecimal("8000"), INVERSE_IN_BTC);
        assertThat(position.fill(new BigDecimal("10000"), new BigDecimal("12500"), INVERSE_IN_BTC))
                .isEqualByComparingTo("-0.45");
    }

    @Test
    void onlyFillsThatEnlargeThePositionOrFlipItGrowIt() {
        Position position = new Position(new PositionKey(1, 1));
        position.fill(new BigDecimal("-3"), new BigDecimal("10"), LINEAR);
        assertThat(position.growsWith(new BigDecimal("-1"))).isTrue();
        assertThat(position.growsWith(new BigDecimal("2"))).isFalse();
        assertThat(position.growsWith(new BigDecimal("3"))).as("closing").isFalse();
        assertThat(position.growsWith(new BigDecimal("6"))).as("a long of 3 is new exposure").isTrue();
        assertThat(position.growsWith(new BigDecimal("7"))).isTrue();
    }

    @Test
    void aFutureWhoseTradeMovedNoCashRealisesItsSettlementCashFlowAsItIs() {
        // bought 2 contracts of 0.01 BTC at 60,000; the plugin pays 2 × 0.01 × (61,234.5 − 60,000) at expiry
        Position future = new Position(new PositionKey(1, 1));
        future.fill(new BigDecimal("2"), new BigDecimal("60000"), LINEAR);

        future.settle(new BigDecimal("24.69"), true);

        assertThat(future.realizedPnl()).isEqualByComparingTo("24.69"); // not 24.69 − 2 × 60,000 = −119,975.31
        assertThat(future.quantity()).isZero();
        assertThat(future.averagePrice()).isZero();
    }

    @Test
    void anOptionWhosePremiumWasPaidRealisesItsPayoffLessTheCost() {
        // bought 2 calls at 0.25 BTC each (0.5 paid at the trade); expiry pays 0.3 BTC in all
        Position option = new Position(new PositionKey(1, 1));
        option.fill(new BigDecimal("2"), new BigDecimal("0.25"), LINEAR);

        option.settle(new BigDecimal("0.3"), false);

        assertThat(option.realizedPnl()).isEqualByComparingTo("-0.2");
        assertThat(option.quantity()).isZero();
    }

    @Test
    void aShortOptionKeepsThePremiumItReceivedLessWhatExpiryCostIt() {
        Position option = new Position(new PositionKey(1, 1));
        option.fill(new BigDecimal("-2"), new BigDecimal("0.25"), LINEAR);

        option.settle(new BigDecimal("-0.3"), false);

        assertThat(option.realizedPnl()).isEqualByComparingTo("0.2");
    }

    @Test
    void aRestrikeRealisesTheCashAndCountsTheNextMoveFromTheNewReference() {
        Position future = new Position(new PositionKey(1, 1));
        future.fill(new BigDecimal("2"), new BigDecimal("60000"), LINEAR);

        future.restrike(new BigDecimal("24.69"), new BigDecimal("61234.5"));

        assertThat(future.quantity()).isEqualByComparingTo("2");
        assertThat(future.averagePrice()).isEqualByComparingTo("61234.5");
        assertThat(future.realizedPnl()).isEqualByComparingTo("24.69");
        // a sale at 61,300 afterwards realises only the move since the restrike
        assertThat(future.fill(new BigDecimal("-2"), new BigDecimal("61300"), LINEAR)).isEqualByComparingTo("131");
        assertThat(future.realizedPnl()).isEqualByComparingTo("155.69");
    }
}
