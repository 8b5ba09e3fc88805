package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.shared.Decimals;

/**
 * A symbol's current index and the rules behind it.
 *
 * @param price               null until a quorum has reported
 * @param updatedAt           when a quorum last confirmed the index
 * @param stale               no quorum has confirmed the index within the staleness window: it is shown, but nothing
 *                            should value collateral or positions with it
 * @param halted              the circuit breaker holds a new index back: the published one does not move until an
 *                            independent quorum confirms the held one or an administrator releases it
 * @param heldPrice           the index held back, while halted
 * @param heldSince           since when, while halted
 * @param maxMovePerInterval  the circuit breaker's band (0.2 = 20%)
 * @param moveIntervalSeconds the window the band applies to
 */
public record IndexView(String symbol, BigDecimal price, boolean stale, int sourceCount, Instant updatedAt,
                        long stalenessSeconds, int minQuorum, BigDecimal maxDeviation, boolean halted,
                        BigDecimal heldPrice, Instant heldSince, BigDecimal maxMovePerInterval,
                        long moveIntervalSeconds) {

    static IndexView of(IndexPrice index, IndexRules rules, Instant now) {
        boolean stale = index.price() == null || index.updatedAt().isBefore(now.minus(rules.staleness()));
        return new IndexView(index.symbol(), Decimals.plain(index.price()), stale, index.sourceCount(),
                index.updatedAt(), rules.staleness().toSeconds(), rules.minQuorum(),
                Decimals.plain(rules.maxDeviation()), index.halted(), Decimals.plain(index.heldPrice()),
                index.heldSince(), Decimals.plain(rules.maxMovePerInterval()), rules.moveInterval().toSeconds());
    }

    /** Whether the index may be used to value anything. */
    public boolean usable() {
        return price != null && !stale;
    }
}
