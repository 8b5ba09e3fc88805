package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An instrument ready for pricing and risk: terms checked against reference data. Stateless and immutable; every
 * method may be called from many threads.
 */
public interface ResolvedInstrument {

    /** The index symbol the instrument is written on, e.g. {@code BTC-USD}. */
    String underlying();

    /** The asset its premiums, margins and settlements are paid in. */
    String settlementAsset();

    /** Price of one contract in the settlement asset (the unit trades are quoted in). */
    MeasureResult price(MarketSnapshot market);

    /**
     * What the buyer pays the seller when a trade is cleared, in the settlement asset: the premium quantity × price for
     * instruments bought outright (options), nothing for those whose price only sets an entry level (swaps, which
     * override this). The platform rounds it half-even to the asset's decimals.
     */
    default BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
        return quantity.multiply(price);
    }

    /**
     * The P&L of closing {@code quantity} contracts (signed as the position was: positive when a long is reduced)
     * opened at {@code entry} and closed at {@code exit}, in the settlement asset, exactly. Linear by default:
     * quantity × (exit − entry).
     */
    default BigDecimal closingPnl(BigDecimal quantity, BigDecimal entry, BigDecimal exit) {
        return quantity.multiply(exit.subtract(entry), MathContext.DECIMAL128);
    }

    /**
     * Whether the platform pays {@link #closingPnl} in cash when a position is reduced (swaps, whose trades move no
     * cash), or only records it because the trade's cash already carried it (an option's premium).
     */
    default boolean paysClosingPnl() {
        return false;
    }

    /**
     * The share of a long position's value that margin does not count (1 for none of it): 0 for instruments whose
     * value counts in full, more for holdings accepted as collateral at a discount (e.g. tranche notes by seniority).
     */
    default double collateralHaircut() {
        return 0;
    }

    /** Funding, for instruments that pay it. */
    default Optional<Funding> funding() {
        return Optional.empty();
    }

    /**
     * Why a trade at this price cannot be cleared (e.g. a price off the tick), or empty when it can.
     */
    default Optional<String> priceBreach(BigDecimal price) {
        return Optional.empty();
    }

    /**
     * Why one account may not hold {@code quantity} contracts (e.g. above a size cap or the largest risk limit), or
     * empty when it may. The platform asks after every trade that enlarges a position.
     */
    default Optional<String> positionLimitBreach(BigDecimal quantity, MarketSnapshot market) {
        return Optional.empty();
    }

    /**
     * The price of the underlying at which the position, backed by {@code margin} (in the settlement asset, beside its
     * own P&L), falls to its maintenance margin; empty when no price would do it or the plugin cannot say.
     */
    default OptionalDouble liquidationPrice(PositionView position, double margin, MarketSnapshot market) {
        return OptionalDouble.empty();
    }

    /**
     * Measures of the instrument itself rather than of a position (a tranche's fair spread, its expected loss as a
     * share of its balance); none by default.
     */
    default Valuation analytics(MarketSnapshot market) {
        return new Valuation(java.util.Map.of());
    }

    /** Mark value and sensitivities of a position; each measure succeeds or fails on its own. */
    Valuation value(PositionView position, MarketSnapshot market);

    /** The position's P&L under every scenario of the grid. */
    RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid);

    /** The position's standalone initial and maintenance margin. */
    StandardMargin standardMargin(PositionView position, MarketSnapshot market);

    /** The events this instrument will need the platform to run. */
    List<ScheduledEvent> schedule();

    /**
     * What an event means for a position.
     *
     * @param settlementPrice the index price the event settles at (e.g. a time-weighted average before expiry)
     */
    List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice);

    /** The edges this instrument adds to the risk graph. */
    List<Exposure> exposures(String instrumentId);
}
