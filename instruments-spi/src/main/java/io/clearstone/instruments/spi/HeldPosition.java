package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A position as the books hold it, exactly: what a lifecycle event computes cash from. Valuation works in
 * {@code double} ({@link PositionView}); money must not.
 *
 * @param quantity       signed number of contracts: positive long, negative short
 * @param referencePrice the price the position's P&L is counted from: the average entry price, or the price of the
 *                       last event that re-struck it ({@link ResolvedInstrument#restrike})
 */
public record HeldPosition(BigDecimal quantity, BigDecimal referencePrice) {

    public HeldPosition {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(referencePrice, "referencePrice");
    }

    /** The same position for valuation. */
    public PositionView view() {
        return new PositionView(quantity.doubleValue(), referencePrice.doubleValue());
    }
}
