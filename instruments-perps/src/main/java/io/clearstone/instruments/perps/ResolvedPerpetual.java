package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.Exposure;
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
 * A perpetual swap ready for valuation. Its value is the unrealised P&L at the mark (the index, until venue basis is
 * fed in): linear q·size·(mark − entry) in the stablecoin, inverse q·value·(1/entry − 1/mark) in coin; delta is
 * ∂value/∂index in both. Standard margin comes from the risk-limit tier of the position's USD notional:
 * initial = notional × IMR, maintenance = notional × MMR − the tier's maintenance amount, in the settlement asset.
 */
final class ResolvedPerpetual implements ResolvedInstrument {

    private final PerpetualTerms terms;
    private final String settlementAsset;
    private final RiskLimits ladder;

    ResolvedPerpetual(PerpetualTerms terms, String settlementAsset) {
        this.terms = terms;
        this.settlementAsset = settlementAsset;
        this.ladder = terms.riskLimits().ladder();
    }

    @Override
    public String underlying() {
        return terms.underlying();
    }

    @Override
    public String settlementAsset() {
        return settlementAsset;
    }

    @Override
    public MeasureResult price(MarketSnapshot market) {
        OptionalDouble mark = market.indexPrice(underlying());
        return mark.isPresent() ? MeasureResult.of(mark.getAsDouble()) : MeasureResult.failure(noIndex());
    }

    /** A swap trade sets an entry price; no cash changes hands until P&L and funding are settled. */
    @Override
    public BigDecimal cashAtTrade(BigDecimal quantity, BigDecimal price) {
        return BigDecimal.ZERO;
    }

    @Override
    public Valuation value(PositionView position, MarketSnapshot market) {
        OptionalDouble mark = market.indexPrice(underlying());
        if (mark.isEmpty()) {
            return Valuation.failed(noIndex(), Measure.PRESENT_VALUE, Measure.DELTA);
        }
        return new Valuation(Map.of(Measure.PRESENT_VALUE, MeasureResult.of(pnl(position, mark.getAsDouble())),
                Measure.DELTA, MeasureResult.of(delta(position, mark.getAsDouble()))));
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        double mark = market.indexPrice(underlying()).orElseThrow(() -> new IllegalStateException(noIndex()));
        double base = pnl(position, mark);
        double[][] pnl = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < pnl.length; p++) {
            double moved = pnl(position, mark * (1 + grid.priceMoves().get(p))) - base;
            java.util.Arrays.fill(pnl[p], moved);
        }
        return new RiskArray(grid, pnl);
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        double mark = market.indexPrice(underlying()).orElseThrow(() -> new IllegalStateException(noIndex()));
        double notional = notionalUsd(position, mark);
        if (notional == 0) {
            return StandardMargin.NONE;
        }
        RiskLimitTier tier = ladder.tierFor(notional);
        double initial = notional * tier.initialRate();
        double maintenance = Math.max(notional * tier.maintenanceRate() - tier.maintenanceAmount(), 0);
        double toSettlement = terms.style() == ContractStyle.INVERSE ? 1 / mark : 1;
        return new StandardMargin(initial * toSettlement, Math.min(maintenance, initial) * toSettlement);
    }

    @Override
    public List<ScheduledEvent> schedule() {
        // funding recurs every interval for as long as the swap lives: the platform schedules it from the terms
        return List.of();
    }

    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position, BigDecimal settlementPrice) {
        return List.of();
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        Exposure.NodeRef instrument = new Exposure.NodeRef("instrument", instrumentId);
        return List.of(new Exposure(instrument, new Exposure.NodeRef("index", underlying()), "underlying", 1),
                new Exposure(instrument, new Exposure.NodeRef("asset", settlementAsset), "settlement", 1));
    }

    double pnl(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return terms.style() == ContractStyle.LINEAR
                ? PerpetualMath.linearPnl(position.quantity() * size, position.averagePrice(), mark)
                : PerpetualMath.inversePnl(position.quantity(), size, position.averagePrice(), mark);
    }

    private double delta(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return terms.style() == ContractStyle.LINEAR ? position.quantity() * size
                : position.quantity() * size / (mark * mark);
    }

    private double notionalUsd(PositionView position, double mark) {
        double size = terms.contractSize().doubleValue();
        return Math.abs(position.quantity()) * (terms.style() == ContractStyle.LINEAR ? size * mark : size);
    }

    private String noIndex() {
        return "no index price for " + underlying();
    }
}
