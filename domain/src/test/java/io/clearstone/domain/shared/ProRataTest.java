package io.clearstone.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProRataTest {

    @Test
    void sharesFollowTheWeightsAndSumToTheTotal() {
        Map<Long, BigDecimal> shares = ProRata.split(new BigDecimal("100.00"),
                Map.of(1L, new BigDecimal("1"), 2L, new BigDecimal("3")), 2);
        assertThat(shares).containsOnly(Map.entry(1L, new BigDecimal("25.00")), Map.entry(2L, new BigDecimal("75.00")));
    }

    @Test
    void aCentThatDoesNotDivideGoesToTheLargestRemainderThenTheLowerId() {
        Map<Long, BigDecimal> thirds = ProRata.split(new BigDecimal("0.10"),
                Map.of(5L, BigDecimal.ONE, 3L, BigDecimal.ONE, 9L, BigDecimal.ONE), 2);
        assertThat(thirds).containsOnly(Map.entry(3L, new BigDecimal("0.04")), Map.entry(5L, new BigDecimal("0.03")),
                Map.entry(9L, new BigDecimal("0.03")));
        assertThat(thirds.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("0.10");
    }

    @Test
    void nothingToSplitOrNobodyToSplitItOverGivesNothing() {
        assertThat(ProRata.split(BigDecimal.ZERO, Map.of(1L, BigDecimal.ONE), 2)).isEmpty();
        assertThat(ProRata.split(BigDecimal.ONE, Map.of(), 2)).isEmpty();
    }

    @Test
    void anAmountFinerThanTheAssetIsRefused() {
        assertThatThrownBy(() -> ProRata.split(new BigDecimal("0.001"), Map.of(1L, BigDecimal.ONE), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
