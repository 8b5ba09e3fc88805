package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The net position of an account in an instrument, from every trade cleared in it: signed contracts (positive long),
 * the average entry price of what is open, and the P&L realised by reductions. Created by the first trade, changed
 * only under the account's lock, flat (zero) after a full close or a settlement.
 */
@Entity
@Table(name = "position")
public class Position {

    /** Prices and P&L keep the column's 18 decimals; averages are rounded there, half-even. */
    private static final int SCALE = 18;

    @EmbeddedId
    private PositionKey key;
    private BigDecimal quantity;
    @Column(name = "average_price")
    private BigDecimal averagePrice;
    @Column(name = "realized_pnl")
    private BigDecimal realizedPnl;
    @Version
    private long version;

    protected Position() {
    }

    public Position(PositionKey key) {
        this.key = key;
        this.quantity = BigDecimal.ZERO;
        this.averagePrice = BigDecimal.ZERO;
        this.realizedPnl = BigDecimal.ZERO;
    }

    /**
     * Applies a fill: increases average in at the fill price; reductions realise (price − average) per contract
     * closed, in the direction of the position; a flip opens the remainder at the fill price.
     *
     * @param signedQuantity positive for a buy, negative for a sell
     */
    public void fill(BigDecimal signedQuantity, BigDecimal price) {
        BigDecimal after = quantity.add(signedQuantity);
        if (quantity.signum() == 0 || quantity.signum() == signedQuantity.signum()) {
            BigDecimal cost = quantity.abs().multiply(averagePrice).add(signedQuantity.abs().multiply(price));
            averagePrice = cost.divide(after.abs(), MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_EVEN);
        } else {
            BigDecimal closed = quantity.abs().min(signedQuantity.abs());
            realizedPnl = realizedPnl.add(closed.multiply(price.subtract(averagePrice))
                    .multiply(BigDecimal.valueOf(quantity.signum())));
            if (after.signum() == 0) {
                averagePrice = BigDecimal.ZERO;
            } else if (after.signum() != quantity.signum()) {
                averagePrice = price;
            }
        }
        quantity = after;
    }

    /**
     * Closes the position at settlement: the holder received {@code cashFlow} (negative if it paid), which realises
     * cashFlow − quantity × average entry price.
     */
    public void settle(BigDecimal cashFlow) {
        realizedPnl = realizedPnl.add(cashFlow.subtract(quantity.multiply(averagePrice)));
        quantity = BigDecimal.ZERO;
        averagePrice = BigDecimal.ZERO;
    }

    public PositionKey key() {
        return key;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public BigDecimal averagePrice() {
        return averagePrice;
    }

    public BigDecimal realizedPnl() {
        return realizedPnl;
    }
}
