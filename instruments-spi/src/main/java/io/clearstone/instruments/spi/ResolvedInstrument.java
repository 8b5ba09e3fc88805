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
     * The haircut of a long position as collateral: the share of its value that margin does <em>not</em> count, in
     * [0, 1] (the market convention: a 0.02 haircut counts 98%; 1 counts none of it). 0 for instruments whose value
     * counts in full, more for holdings accepted at a discount (e.g. tranche notes by seniority). Assets state the
     * complement, the share counted, as their collateral weight.
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

    /**
     * The events this instrument will need the platform to run, as far as they are known when it is created: every
     * one-off event (an expiry) and the first occurrence of each recurring kind ({@link #following}). The platform
     * persists them and runs each (instrument, kind, time) exactly once, in time order, on the clearing engine's node.
     */
    List<ScheduledEvent> schedule();

    /**
     * The occurrence of a recurring kind that comes after {@code previous} (tomorrow's daily settlement after
     * today's), or empty when the kind does not recur or {@code previous} was its last. The platform asks once an
     * event has run, and schedules the answer in the same transaction, so a schedule never has a gap.
     */
    default java.util.Optional<ScheduledEvent> following(ScheduledEvent previous) {
        return java.util.Optional.empty();
    }

    /**
     * The window of index prices an event settles at: the time-weighted average of the index over
     * [event time − window, event time]; {@link java.time.Duration#ZERO} for the index as published at the event
     * time. Thirty minutes by default (the expiry convention of the platform's options).
     */
    default java.time.Duration settlementWindow(ScheduledEvent event) {
        return java.time.Duration.ofMinutes(30);
    }

    /**
     * What an event means for a position, from valuation's view of it. Plugins whose cash flows depend on the entry
     * or last settlement price exactly override {@link #onEvent(ScheduledEvent, HeldPosition, BigDecimal)} instead.
     *
     * @param settlementPrice the index price the event settles at ({@link #settlementWindow})
     */
    default List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        return List.of();
    }

    /**
     * What an event means for a position, held exactly: the instructions the platform books, each in its own asset,
     * against its settlement account. An instruction with {@code closesPosition} ends the position. Delegates to the
     * {@link PositionView} form by default.
     */
    default List<CashFlowInstruction> onEvent(ScheduledEvent event, HeldPosition position, BigDecimal settlementPrice) {
        return onEvent(event, position.view(), settlementPrice);
    }

    /**
     * The reference price every position still open after the event carries from then on (a future's daily
     * settlement re-strikes its positions at the settlement price, so the next variation margin counts from it), or
     * empty to leave positions as they are.
     */
    default java.util.Optional<BigDecimal> restrike(ScheduledEvent event, BigDecimal settlementPrice) {
        return java.util.Optional.empty();
    }

    /** The edges this instrument adds to the risk graph. */
    List<Exposure> exposures(String instrumentId);
}
