package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How observations of one symbol become its index.
 *
 * @param staleness          an observation older than this no longer counts
 * @param minQuorum          distinct reporting principals needed to publish an index, and to confirm a move away
 *                           from it (several sources bound to one principal count once)
 * @param maxDeviation       relative distance from the current index beyond which an observation is suspect (0.05 = 5%)
 * @param maxMovePerInterval the circuit breaker: relative move of the index within {@code moveInterval} beyond which a
 *                           new index is held instead of published (0.2 = 20%)
 * @param moveInterval       the window the circuit breaker measures moves over
 */
public record IndexRules(Duration staleness, int minQuorum, BigDecimal maxDeviation, BigDecimal maxMovePerInterval,
                         Duration moveInterval) {

    /** Rules without a practical circuit breaker (a move of 1000% per second), for the pure calculation's tests. */
    public IndexRules(Duration staleness, int minQuorum, BigDecimal maxDeviation) {
        this(staleness, minQuorum, maxDeviation, BigDecimal.TEN, Duration.ofSeconds(1));
    }
}
