package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What became of an observation, and the index after it. */
public record ObservationReceipt(long observationId, String symbol, String source, BigDecimal price,
                                 Instant observedAt, ObservationStatus status, String reason,
                                 List<String> contributors, Set<String> suspects, IndexView index) {
}
