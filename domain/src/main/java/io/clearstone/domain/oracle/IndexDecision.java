package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * What the index calculation concluded.
 *
 * @param price        the index to publish, or {@code null} when no group of sources reaches the quorum
 * @param contributors the sources whose median the price is (or would be, short of a quorum)
 * @param suspects     fresh sources held back because they deviate from the index without a quorum behind them
 * @param reason       why, in words, for the audit trail and the API
 */
public record IndexDecision(BigDecimal price, List<String> contributors, Set<String> suspects, String reason) {

    public boolean publishes() {
        return price != null;
    }
}
