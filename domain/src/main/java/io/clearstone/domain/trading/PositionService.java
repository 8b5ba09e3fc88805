package io.clearstone.domain.trading;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import io.clearstone.domain.position.Position;
import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * An account's open positions, each valued by its plugin at the current market, with liquidation prices: isolated
 * (backed by the position's initial margin alone) and cross (backed by the account's equity less its own value and
 * the other positions' maintenance margin, converted to the settlement asset at its index).
 */
@Stateless
public class PositionService {

    @Inject
    AccountAccess access;
    @Inject
    MarginCalculator margin;
    @EJB
    InstrumentService instruments;
    @Inject
    InstrumentMarkets markets;
    @Inject
    AssetRepository assets;

    public List<PositionValuation> positions(Caller caller, long accountId) {
        access.readable(caller, accountId);
        MarketSnapshot market = markets.current();
        List<Priced> priced = new ArrayList<>();
        double maintenanceUsd = 0;
        for (Position position : margin.openPositions(accountId)) {
            Priced p = price(position, market);
            priced.add(p);
            maintenanceUsd += p.maintenanceUsd();
        }
        OptionalDouble equityUsd = equity(accountId, market);
        double totalMaintenanceUsd = maintenanceUsd;
        return priced.stream().map(p -> p.view(crossMargin(p, equityUsd, totalMaintenanceUsd))).toList();
    }

    private Priced price(Position position, MarketSnapshot market) {
        Instrument instrument = instruments.require(position.key().instrumentId());
        ResolvedInstrument resolved = instruments.resolve(instrument);
        MarketSnapshot instrumentMarket = markets.of(instrument, market);
        PositionView view = new PositionView(position.quantity().doubleValue(), position.averagePrice().doubleValue());
        Valuation valuation = resolved.value(view, instrumentMarket);
        OptionalDouble toUsd = market.indexPrice(assets.require(instrument.settlementAsset(), "asset").oracleSymbol());
        StandardMargin standard = standardMargin(resolved, view, instrumentMarket);
        return new Priced(position, instrument, resolved, view, instrumentMarket, valuation, standard,
                toUsd.orElse(Double.NaN));
    }

    private OptionalDouble equity(long accountId, MarketSnapshot market) {
        try {
            MarginAssessment assessment = margin.assess(accountId, market);
            return OptionalDouble.of(assessment.equityUsd());
        } catch (RuntimeException unpriceable) {
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble crossMargin(Priced p, OptionalDouble equityUsd, double totalMaintenanceUsd) {
        OptionalDouble value = p.valuation().value(Measure.PRESENT_VALUE);
        if (equityUsd.isEmpty() || value.isEmpty() || !(p.toUsd() > 0) || p.standard() == null) {
            return OptionalDouble.empty();
        }
        double othersMaintenanceUsd = totalMaintenanceUsd - p.maintenanceUsd();
        return OptionalDouble.of((equityUsd.getAsDouble() - othersMaintenanceUsd) / p.toUsd()
                - value.getAsDouble());
    }

    private static StandardMargin standardMargin(ResolvedInstrument resolved, PositionView view,
                                                 MarketSnapshot market) {
        try {
            return resolved.standardMargin(view, market);
        } catch (RuntimeException unpriceable) {
            return null;
        }
    }

    /** A position priced once, for its own view and for the cross margin of the others. */
    private record Priced(Position position, Instrument instrument, ResolvedInstrument resolved, PositionView view,
                          MarketSnapshot market, Valuation valuation, StandardMargin standard, double toUsd) {

        double maintenanceUsd() {
            return standard == null || !(toUsd > 0) ? 0 : standard.maintenance() * toUsd;
        }

        PositionValuation view(OptionalDouble crossMargin) {
            OptionalDouble priced = resolved.price(market).asDouble();
            Double mark = priced.isPresent() ? priced.getAsDouble() : null;
            Double isolated = standard == null ? null
                    : boxed(resolved.liquidationPrice(view, standard.initial(), market));
            Double cross = crossMargin.isEmpty() ? null
                    : boxed(resolved.liquidationPrice(view, crossMargin.getAsDouble(), market));
            return new PositionValuation(instrument.id(), instrument.typeId(), instrument.underlying(),
                    instrument.settlementAsset(), Decimals.plain(position.quantity()),
                    Decimals.plain(position.averagePrice()), Decimals.plain(position.realizedPnl()), mark, isolated,
                    cross, valuation.valuesByName(), valuation.failuresByName());
        }

        private static Double boxed(OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }
    }
}
