package io.clearstone.domain.position;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.margin.StandardMarginCalculator;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.Valuation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** An account's open positions, each valued by its plugin at the current market. */
@Stateless
public class PositionService {

    @Inject
    AccountAccess access;
    @Inject
    StandardMarginCalculator margin;
    @EJB
    InstrumentService instruments;
    @Inject
    MarketSnapshots markets;

    public List<PositionValuation> positions(Caller caller, long accountId) {
        access.readable(caller, accountId);
        MarketSnapshot market = markets.current();
        return margin.openPositions(accountId).stream().map(p -> {
            Instrument instrument = instruments.require(p.key().instrumentId());
            Valuation valuation = instruments.resolve(instrument)
                    .value(new PositionView(p.quantity().doubleValue(), p.averagePrice().doubleValue()), market);
            Map<String, Double> measures = new TreeMap<>();
            Map<String, String> failures = new TreeMap<>();
            valuation.results().forEach((measure, result) -> {
                if (result instanceof MeasureResult.Value value) {
                    measures.put(measure.name(), value.value());
                } else if (result instanceof MeasureResult.Failure failure) {
                    failures.put(measure.name(), failure.reason());
                }
            });
            return new PositionValuation(instrument.id(), instrument.typeId(), instrument.underlying(),
                    instrument.settlementAsset(), Decimals.plain(p.quantity()), Decimals.plain(p.averagePrice()),
                    Decimals.plain(p.realizedPnl()), measures, failures);
        }).toList();
    }
}
