package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.shared.Decimals;

/** A symbol's current index and the rules behind it; {@code price} is null until a quorum has reported. */
public record IndexView(String symbol, BigDecimal price, int sourceCount, Instant updatedAt, long stalenessSeconds,
                        int minQuorum, BigDecimal maxDeviation) {

    static IndexView of(IndexPrice index, IndexRules rules) {
        return new IndexView(index.symbol(), Decimals.plain(index.price()), index.sourceCount(), index.updatedAt(),
                rules.staleness().toSeconds(), rules.minQuorum(), Decimals.plain(rules.maxDeviation()));
    }
}
