package io.clearstone.domain.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class FundingAllocationTest {

    @Test
    void exactAmountsAreKeptAsTheyAre() {
        Map<Long, BigDecimal> paid = FundingAllocation.allocate(Map.of(1L, new BigDecimal("-10"),
                2L, new BigDecimal("4"), 3L, new BigDecimal("6")), 6);
        assertThat(paid).containsOnly(Map.entry(1L, new BigDecimal("-10.000000")),
                Map.entry(2L, new BigDecimal("4.000000")), Map.entry(3L, new BigDecimal("6.000000")));
    }

    @Test
    void aLeftOverUnitGoesToTheLargestRemainder() {
        // a long of 3 pays 0.01; shorts of 1, 1 and 1.000…1 are owed a third each: the largest remainder gets it
        Map<Long, BigDecimal> exact = new LinkedHashMap<>();
        BigDecimal third = new BigDecimal("0.01").divide(new BigDecimal(3), 30, java.math.RoundingMode.DOWN);
        exact.put(1L, new BigDecimal("-0.01"));
        exact.put(7L, third);
        exact.put(5L, third);
        exact.put(9L, new BigDecimal("0.01").subtract(third.multiply(new BigDecimal(2))));
        assertThat(FundingAllocation.allocate(exact, 2))
                .containsOnly(Map.entry(1L, new BigDecimal("-0.01")), Map.entry(9L, new BigDecimal("0.01")));
    }

    @Test
    void onEqualRemaindersTheLowerAccountGetsTheUnit() {
        Map<Long, BigDecimal> exact = new LinkedHashMap<>();
        exact.put(1L, new BigDecimal("-0.01"));
        exact.put(7L, new BigDecimal("0.005"));
        exact.put(5L, new BigDecimal("0.005"));
        assertThat(FundingAllocation.allocate(exact, 2))
                .containsOnly(Map.entry(1L, new BigDecimal("-0.01")), Map.entry(5L, new BigDecimal("0.01")));
    }

    @Test
    void nothingIsPaidWhenEveryAmountRoundsToZero() {
        assertThat(FundingAllocation.allocate(Map.of(1L, new BigDecimal("-0.004"), 2L, new BigDecimal("0.004")), 2))
                .isEmpty();
    }

    @Test
    void paymentsThatDoNotNetToZeroAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FundingAllocation.allocate(
                Map.of(1L, new BigDecimal("-1"), 2L, new BigDecimal("0.99")), 2)).hasMessageContaining("net to zero");
    }

    @RepeatedTest(20)
    void roundedPaymentsSumToZeroAndStayWithinOneUnitOfTheExactOnes() {
        Random random = new Random();
        Map<Long, BigDecimal> exact = new LinkedHashMap<>();
        BigDecimal rate = new BigDecimal("0.00012345").multiply(new BigDecimal("65432.5"));
        BigDecimal net = BigDecimal.ZERO;
        for (long account = 1; account < 40; account++) {
            BigDecimal quantity = BigDecimal.valueOf(random.nextInt(20_000) - 10_000, 3);
            exact.put(account, quantity.multiply(rate).negate());
            net = net.add(quantity);
        }
        exact.put(40L, net.multiply(rate));
        Map<Long, BigDecimal> paid = FundingAllocation.allocate(exact, 6);
        assertThat(paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0");
        BigDecimal unit = new BigDecimal("0.000001");
        exact.forEach((account, amount) -> assertThat(paid.getOrDefault(account, BigDecimal.ZERO)
                .subtract(amount).abs()).as("account %d", account).isLessThanOrEqualTo(unit));
    }
}
