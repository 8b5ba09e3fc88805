package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * How observations of one symbol become its index.
 *
 * @param staleness    an observation older than this no longer counts
 * @param minQuorum    sources needed to publish an index, and to confirm a move away from it
 * @param maxDeviation relative distance from the current index beyond which an observation is suspect (0.05 = 5%)
 */
public record IndexRules(Duration staleness, int minQuorum, BigDecimal maxDeviation) {
}
