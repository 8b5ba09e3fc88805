package io.clearstone.domain.position;

import java.math.BigDecimal;

/** The P&L of closing contracts of a position, as its instrument defines it (linear, inverse, …). */
@FunctionalInterface
public interface ClosingPnl {

    /**
     * @param quantity contracts closed, signed as the position was (positive when a long is reduced)
     */
    BigDecimal of(BigDecimal quantity, BigDecimal entry, BigDecimal exit);
}
