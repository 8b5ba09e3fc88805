package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * Periodic funding between longs and shorts, for instruments that pay it (perpetual swaps). The platform runs it at
 * every multiple of {@link #interval()} since the epoch, exactly once per instrument and boundary: it asks the plugin
 * to {@link #fix} the interval from the venue quotes reported during it, then books each position's
 * {@link #payment}, rounded so that payments sum to exactly zero.
 */
public interface Funding {

    Duration interval();

    /**
     * Fixes the rate and mark of the interval ending at {@code market}'s valuation time.
     *
     * @param samples every venue quote reported during the interval, oldest first
     * @param market  the index at the boundary and the venues' latest quotes ({@link MarketSnapshot#venueQuotes()})
     */
    FundingFixing fix(List<VenueQuote> samples, MarketSnapshot market);

    /**
     * What the holder of {@code quantity} contracts (negative for a short) receives at a fixing, in the settlement
     * asset, exactly (unrounded); negative when it pays. Payments of a long and a short of equal size cancel.
     */
    BigDecimal payment(BigDecimal quantity, FundingFixing fixing);

    /**
     * What a position, held exactly ({@link HeldPosition}: its quantity and the price its P&L counts from), receives at
     * a fixing; negative when it pays. The platform calls this form; plugins whose payment depends on the entry or
     * last settlement price override it. Delegates to {@link #payment(BigDecimal, FundingFixing)} by default.
     */
    default BigDecimal payment(HeldPosition position, FundingFixing fixing) {
        return payment(position.quantity(), fixing);
    }
}
