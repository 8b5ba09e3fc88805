package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.util.List;

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
