package io.clearstone.domain.systemic;

import java.util.List;
import java.util.Map;

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

/**
 * An instrument with a fixed mark, for the network's tests: a swap is worth quantity × (mark − entry), a holding
 * (a note) quantity × mark; only valuation is supported, which is all the network asks of a plugin.
 */
record FakeInstrument(String underlying, String settlementAsset, double mark, boolean swap, double collateralHaircut)
        implements ResolvedInstrument {

    static FakeInstrument swap(String settlementAsset, double mark) {
        return new FakeInstrument("BTC-USD", settlementAsset, mark, true, 0);
    }

    static FakeInstrument note(String settlementAsset, double mark, double haircut) {
        return new FakeInstrument("BTC-USD", settlementAsset, mark, false, haircut);
    }

    @Override
    public MeasureResult price(MarketSnapshot market) {
        return MeasureResult.of(mark);
    }

    @Override
    public io.clearstone.instruments.spi.Valuation value(PositionView position, MarketSnapshot market) {
        double entry = swap ? position.averagePrice() : 0;
        return new io.clearstone.instruments.spi.Valuation(Map.of(Measure.PRESENT_VALUE,
                MeasureResult.of(position.quantity() * (mark - entry))));
    }

    @Override
    public RiskArray riskArray(PositionView position, MarketSnapshot market, ScenarioGrid grid) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StandardMargin standardMargin(PositionView position, MarketSnapshot market) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ScheduledEvent> schedule() {
        return List.of();
    }

    @Override
    public List<CashFlowInstruction> onEvent(ScheduledEvent event, PositionView position,
                                             java.math.BigDecimal settlementPrice) {
        return List.of();
    }

    @Override
    public List<Exposure> exposures(String instrumentId) {
        return List.of();
    }
}
