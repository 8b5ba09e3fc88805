package io.clearstone.domain.margin;

import java.util.List;
import java.util.OptionalDouble;

import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Standard margin (until the portfolio engine lands): requirement = Σ of each position's standalone margin from its
 * plugin; equity = collateral (Σ balance × index × haircut) + Σ mark value of the positions; all in USD, each
 * settlement asset converted at its index. Risk maths, so {@code double}.
 */
@ApplicationScoped
public class StandardMarginCalculator {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    LedgerQueries ledger;
    @Inject
    AssetRepository assets;
    @EJB
    InstrumentService instruments;
    @Inject
    InstrumentMarkets instrumentMarkets;

    public MarginAssessment assess(long accountId, MarketSnapshot market) {
        double collateral = 0;
        for (var balance : ledger.balances(accountId)) {
            Asset asset = assets.require(balance.asset(), "asset");
            OptionalDouble price = market.indexPrice(asset.oracleSymbol());
            if (price.isPresent()) {
                collateral += balance.amount().doubleValue() * price.getAsDouble()
                        * asset.collateralWeight().doubleValue();
            }
        }
        double value = 0;
        double initial = 0;
        double maintenance = 0;
        for (Position position : openPositions(accountId)) {
            Instrument instrument = instruments.require(position.key().instrumentId());
            ResolvedInstrument resolved = instruments.resolve(instrument);
            PositionView view = new PositionView(position.quantity().doubleValue(),
                    position.averagePrice().doubleValue());
            Asset settlement = assets.require(instrument.settlementAsset(), "asset");
            OptionalDouble toUsd = market.indexPrice(settlement.oracleSymbol());
            MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
            Valuation valuation = resolved.value(view, instrumentMarket);
            OptionalDouble mark = valuation.value(Measure.PRESENT_VALUE);
            if (toUsd.isEmpty() || mark.isEmpty()) {
                throw new UnpriceablePositionException(instrument.id(), toUsd.isEmpty()
                        ? "no fresh index for " + settlement.oracleSymbol()
                        : String.valueOf(valuation.results().get(Measure.PRESENT_VALUE)));
            }
            StandardMargin margin = resolved.standardMargin(view, instrumentMarket);
            value += mark.getAsDouble() * toUsd.getAsDouble();
            initial += margin.initial() * toUsd.getAsDouble();
            maintenance += margin.maintenance() * toUsd.getAsDouble();
        }
        return new MarginAssessment(accountId, collateral, value, initial, maintenance);
    }

    /** Refuses, naming {@code field}, when the account's equity is below its initial margin. */
    public void requireInitialMargin(long accountId, MarketSnapshot market, String field) {
        MarginAssessment assessment = assess(accountId, market);
        if (assessment.equityUsd() < assessment.initialMarginUsd()) {
            throw new InsufficientMarginException(accountId, assessment.equityUsd(), assessment.initialMarginUsd(),
                    field);
        }
    }

    public List<Position> openPositions(long accountId) {
        return em.createQuery("select p from Position p where p.key.accountId = :a and p.quantity <> 0 "
                + "order by p.key.instrumentId", Position.class).setParameter("a", accountId).getResultList();
    }
}
