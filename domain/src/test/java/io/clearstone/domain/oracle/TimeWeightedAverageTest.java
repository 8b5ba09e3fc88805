package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeWeightedAverageTest {

    private static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void eachPriceCountsForTheTimeItWasInForce() {
        // 100 for 10 min before the window and 5 min inside it, 110 for 15 min, 130 for the last 10 min
        List<PricePoint> history = List.of(point("100", -10), point("110", 5), point("130", 20));
        BigDecimal twap = TimeWeightedAverage.over(history, T0, T0.plusSeconds(30 * 60)).orElseThrow();
        // (100·5 + 110·15 + 130·10) / 30 = 3450 / 30 = 115
        assertThat(twap).isEqualByComparingTo("115");
    }

    @Test
    void historyStartingInsideTheWindowAveragesOnlyThePricedPart() {
        List<PricePoint> history = List.of(point("200", 10), point("260", 20));
        BigDecimal twap = TimeWeightedAverage.over(history, T0, T0.plusSeconds(30 * 60)).orElseThrow();
        assertThat(twap).isEqualByComparingTo("230");
    }

    @Test
    void singlePriceBeforeTheWindowIsTheAverage() {
        assertThat(TimeWeightedAverage.over(List.of(point("42.5", -60)), T0, T0.plusSeconds(60)))
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("42.5"));
    }

    @Test
    void noHistoryHasNoAverage() {
        assertThat(TimeWeightedAverage.over(List.of(), T0, T0.plusSeconds(60))).isEmpty();
    }

    private static PricePoint point(String price, int minutesFromStart) {
        return new PricePoint(new BigDecimal(price), T0.plusSeconds(60L * minutesFromStart));
    }
}
