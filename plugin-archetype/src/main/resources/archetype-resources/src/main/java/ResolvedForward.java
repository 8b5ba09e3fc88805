package ${package};

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.ScheduledEvent;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;

/**
 * A linear forward ready for pricing. A position's value is its P&L against the price it was entered at:
 * quantity x contractSize x (index - entry); delta is quantity x contractSize per index unit. Trades move no cash
 * (the trade price only fixes the entry), closing P&L is paid in cash, and the expiry pays the rest and closes the
 * position. Rates are ignored: a forward on a crypto index to a few months is priced at the index, as the
 * platform's own swaps are.
 */
final class ResolvedForward implements ResolvedInstrument {

    private final ForwardTerms terms;
    private final String settlementAsset;
    private final LinearForwardPlugin.MarginRates marginRates;

    ResolvedForward(ForwardTerms terms, String settlementAsset, LinearForwardPlugin.MarginRates marginRates) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
        this.marginRates = marginRates;
    }

    @Override
    public String underlying() {
        return terms.underlying();
    }

    @Override
    public String settlementAsset() {
        return settlementAsset;
    }

    /** Trades are quoted in index units, like the index itself. */
    @Override
    public MeasureResult price(MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(underlying());
        return index.isPresent() ? MeasureResult.of(index.getAsDouble()) : MeasureResult.failure(noIndex());
    }

    /** A trade fixes the entry price; no cash changes hands until a position is reduced or expires. */
    @Override
    public BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
        return BigDecimal.ZERO;
    }

    @Override
    public BigDecimal closingPnl(BigDecimal quantity, BigDecimal entry, BigDecimal exit) {
        return quantity.multiply(terms.contractSize()).multiply(exit.subtract(entry));
    }

    @Override
    public boolean paysClosingPnl() {
        return true;
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        OptionalDouble index = market.indexPrice(underlying());
        if (index.isEmpty()) {
            return Valuation.failed(noIndex(), Measure.PRESENT_VALUE, Measure.DELTA);
        }
        double contracts = position.quantity() * terms.contractSize().doubleValue();
        return new Valuation(Map.of(
                Measure.PRESENT_VALUE, MeasureResult.of(contracts * (index.getAsDouble() - position.averagePrice())),
                Measure.DELTA, MeasureResult.of(contracts)));
    }

    /** Linear: each price move's P&L is delta times the move; volatility moves change nothing. */
    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double index = index(market);
        double contracts = position.quantity() * terms.contractSize().doubleValue();
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            Arrays.fill(pnl[p], contracts * index * grid.priceMoves().get(p));
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        double notional = Math.abs(position.quantity()) * terms.contractSize().doubleValue() * index(market);
        return new StandardMargin(notional * marginRates.initial(), notional * marginRates.maintenance());
    }

    /** One event: the expiry, settled at the 30-minute average of the index before it (the default window). */
    @Override
    public List<ScheduledEvent> schedule() {
        return List.of(new ScheduledEvent(ScheduledEvent.EXPIRY, terms.expiry()));
    }

    /**
     * At expiry a position receives (or pays) what it made since its reference price, exactly, and is closed. The
     * platform rounds the amount to the settlement asset's decimals and books it against its settlement account.
     */
    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, HeldPosition position, BigDecimal settlementPrice) {
        if (!ScheduledEvent.EXPIRY.equals(event.kind())) {
            return List.of();
        }
        BigDecimal amount = position.quantity().multiply(
                LinearForwardPlugin.settlementPerContract(terms, settlementPrice, position.referencePrice()));
        return List.of(new CashFlowInstruction(settlementAsset, amount, "forward expiry at " + settlementPrice, true));
    }

    /**
     * The same for a platform that hands the position over as valuation sees it (in doubles): converted back to
     * decimals, so both forms pay the same.
     */
    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        return onEvent(event, new HeldPosition(BigDecimal.valueOf(position.quantity()),
                BigDecimal.valueOf(position.averagePrice())), settlementPrice);
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        Exposure.NodeRef instrument = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(instrument, new Exposure.NodeRef("index", underlying()), "underlying", 1),
                new Exposure(instrument, new Exposure.NodeRef("asset", settlementAsset), "settlement", 1));
    }

    private double index(MarketSnapshot market) {
        return market.indexPrice(underlying()).orElseThrow(() -> new IllegalStateException(noIndex()));
    }

    private String noIndex() {
        return "no index price for " + underlying();
    }
}
