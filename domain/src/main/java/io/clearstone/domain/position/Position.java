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
     * Applies a fill: increases average in at the fill price; a reduction realises the instrument's closing P&L on
     * the contracts closed (signed as the position was); a flip opens the remainder at the fill price.
     *
     * @param signedQuantity positive for a buy, negative for a sell
     * @param closingPnl     the P&L of closing contracts, as the platform books it (already rounded if paid)
     * @return the P&L this fill realised; zero for an increase
     */
    public BigDecimal fill(BigDecimal signedQuantity, BigDecimal price, ClosingPnl closingPnl) {
        BigDecimal after = quantity.add(signedQuantity);
        BigDecimal realized = BigDecimal.ZERO;
        if (quantity.signum() == 0 || quantity.signum() == signedQuantity.signum()) {
            BigDecimal cost = quantity.abs().multiply(averagePrice).add(signedQuantity.abs().multiply(price));
            averagePrice = cost.divide(after.abs(), MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_EVEN);
        } else {
            BigDecimal closed = quantity.abs().min(signedQuantity.abs());
            realized = closingPnl.of(quantity.signum() > 0 ? closed : closed.negate(), averagePrice, price);
            realizedPnl = realizedPnl.add(realized).setScale(SCALE, RoundingMode.HALF_EVEN);
            if (after.signum() == 0) {
                averagePrice = BigDecimal.ZERO;
            } else if (after.signum() != quantity.signum()) {
                averagePrice = price;
            }
        }
        quantity = after;
        return realized;
    }

    /** Whether a fill of this sign makes the position larger in absolute size, or flips it to the other side. */
    public boolean growsWith(BigDecimal signedQuantity) {
        BigDecimal after = quantity.add(signedQuantity);
        // a flip through zero opens new exposure on the other side, even when it is smaller
        return after.abs().compareTo(quantity.abs()) > 0 || after.signum() * quantity.signum() < 0;
    }

    /**
     * Closes the position at settlement: the holder received {@code cashFlow} in the settlement asset (negative if it
     * paid). What that realises depends on whether the trade moved cash, which the instrument tells by
     * {@code paysClosingPnl} ({@link io.clearstone.instruments.spi.ResolvedInstrument#paysClosingPnl()}):
     * <ul>
     * <li>{@code true} (swaps, futures: the trade paid nothing, the entry price only sets a level and every reduction is
     * paid its P&L in cash): the settlement's cash flow is itself the P&L of closing at the settlement price, counted
     * from the reference price, so it is realised as it is. A future bought 2 × 0.01 BTC at 60,000 and settled at
     * 61,234.5 is paid and realises 24.69.</li>
     * <li>{@code false} (options: the buyer paid quantity × average as premium, and a reduction's P&L is only
     * recorded): the payoff less what the position cost, cashFlow − quantity × average price.</li>
     * </ul>
     * The same flag decides how a reduction books its P&L, so a settlement is booked as a last reduction would be.
     */
    public void settle(BigDecimal cashFlow, boolean paysClosingPnl) {
        BigDecimal realized = paysClosingPnl ? cashFlow : cashFlow.subtract(quantity.multiply(averagePrice));
        realizedPnl = realizedPnl.add(realized).setScale(SCALE, RoundingMode.HALF_EVEN);
        quantity = BigDecimal.ZERO;
        averagePrice = BigDecimal.ZERO;
    }

    /**
     * Re-strikes an open position after an event that paid it {@code cashFlow} in the settlement asset (a future's
     * daily variation margin): the cash is realised, and the position's P&L counts from {@code referencePrice} on, so
     * the next event or reduction pays only what moved since.
     */
    public void restrike(BigDecimal cashFlow, BigDecimal referencePrice) {
        if (quantity.signum() == 0) {
            throw new IllegalStateException("a flat position cannot be re-struck");
        }
        realizedPnl = realizedPnl.add(cashFlow).setScale(SCALE, RoundingMode.HALF_EVEN);
        averagePrice = referencePrice.setScale(SCALE, RoundingMode.HALF_EVEN);
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
