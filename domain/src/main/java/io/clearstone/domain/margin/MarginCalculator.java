package io.clearstone.domain.margin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.Valuation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * An account's margin from the database's current state, in USD (risk maths, so {@code double}). Equity = collateral
 * (Σ balance × index × collateral weight) + Σ position values. Standard method: requirement = Σ of each position's own margin
 * from its plugin. Portfolio method: each position's risk array over {@link PortfolioScenarios} is converted to USD —
 * at the shocked price when the position settles in the coin its underlying prices, since that coin moves with it —
 * and {@link PortfolioMarginCalculator} takes the worst weighted loss per underlying; initial = maintenance × the
 * configured factor.
 */
@ApplicationScoped
public class MarginCalculator {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    LedgerQueries ledger;
    @Inject
    AssetRepository assets;
    @Inject
    AccountRepository accounts;
    @EJB
    InstrumentService instruments;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @Inject
    MarginConfiguration configuration;

    public MarginAssessment assess(long accountId, MarketSnapshot market) {
        Account account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account", "account",
                accountId));
        double collateral = collateral(accountId, market);
        List<Priced> positions = openPositions(accountId).stream().map(p -> price(p, market)).toList();
        double value = positions.stream().mapToDouble(Priced::countedUsd).sum();
        if (account.marginMethod() == MarginMethod.PORTFOLIO) {
            return portfolio(account, collateral, value, positions, market.valuationTime());
        }
        double initial = 0;
        double maintenance = 0;
        List<MarginAssessment.PositionRisk> contributions = new ArrayList<>();
        for (Priced position : positions) {
            StandardMargin margin = position.resolved.standardMargin(position.view, position.market);
            initial += margin.initial() * position.toUsd;
            maintenance += margin.maintenance() * position.toUsd;
            contributions.add(position.risk(margin.maintenance() * position.toUsd));
        }
        return MarginAssessment.of(accountId, MarginMethod.STANDARD, collateral, value, initial, maintenance,
                configuration.marginCallRatio(), List.of(), contributions);
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

    private MarginAssessment portfolio(Account account, double collateral, double value, List<Priced> positions,
                                       Instant now) {
        ScenarioGrid grid = configuration.scenarios().grid();
        List<ScenarioRisk> risks = new ArrayList<>();
        for (Priced position : positions) {
            RiskArray array = position.resolved.riskArray(position.view, position.market, grid);
            boolean coinSettled = position.settlement.oracleSymbol().equals(position.instrument.underlying());
            double[][] usd = new double[array.pnl().length][];
            for (int p = 0; p < usd.length; p++) {
                double move = grid.priceMoves().get(p);
                double settlementMove = coinSettled ? move : 0;
                usd[p] = new double[array.pnl()[p].length];
                for (int v = 0; v < usd[p].length; v++) {
                    // value after − value now, both in USD: (V + pnl)·x·(1 + m) − V·x
                    usd[p][v] = array.pnl()[p][v] * position.toUsd * (1 + settlementMove)
                            + position.valueUsd * settlementMove;
                }
            }
            Instant expiry = position.instrument.expiresAt();
            boolean shortDated = position.view.quantity() < 0 && expiry != null
                    && expiry.isBefore(now.plus(configuration.shortDatedWindow()));
            risks.add(new ScenarioRisk(position.instrument.id(), position.instrument.underlying(), usd, shortDated));
        }
        List<UnderlyingRisk> underlyings = configuration.portfolioCalculator().maintenance(risks);
        double maintenance = underlyings.stream().mapToDouble(UnderlyingRisk::maintenanceUsd).sum();
        java.util.Map<Long, Double> drivers = new java.util.HashMap<>();
        underlyings.forEach(u -> u.drivers().forEach(d -> drivers.put(d.instrumentId(), d.lossUsd())));
        List<MarginAssessment.PositionRisk> contributions = positions.stream()
                .map(p -> p.risk(drivers.getOrDefault(p.instrument.id(), 0.0))).toList();
        return MarginAssessment.of(account.id(), MarginMethod.PORTFOLIO, collateral, value,
                maintenance * configuration.initialFactor(), maintenance, configuration.marginCallRatio(), underlyings,
                contributions);
    }

    private double collateral(long accountId, MarketSnapshot market) {
        double collateral = 0;
        for (var balance : ledger.balances(accountId)) {
            collateral += collateralUsd(assets.require(balance.asset(), "asset"), balance.amount().doubleValue(),
                    market);
        }
        return collateral;
    }

    /**
     * What a balance counts for in equity, in USD: amount × index × collateral weight, except that a debt counts in full
     * (only what the account owns is discounted); zero while the asset's index is not usable.
     */
    public static double collateralUsd(Asset asset, double amount, MarketSnapshot market) {
        return collateralUsd(asset.oracleSymbol(), asset.collateralWeight(), amount, market);
    }

    /** The same, for an asset known by its index and {@link Asset#collateralWeight()} (as read-only queries see it). */
    public static double collateralUsd(String oracleSymbol, java.math.BigDecimal collateralWeight, double amount,
                                       MarketSnapshot market) {
        OptionalDouble price = market.indexPrice(oracleSymbol);
        if (price.isEmpty()) {
            return 0;
        }
        double weight = amount < 0 ? 1 : collateralWeight.doubleValue();
        return amount * price.getAsDouble() * weight;
    }

    /**
     * A position's value as equity counts it: positive values less the instrument's collateral haircut (the share not
     * counted: a haircut of 0.1 counts 90%).
     */
    public static double countedValue(double value, double haircut) {
        return value > 0 ? value * (1 - haircut) : value;
    }

    private Priced price(Position position, MarketSnapshot market) {
        Instrument instrument = instruments.require(position.key().instrumentId());
        ResolvedInstrument resolved = instruments.resolve(instrument);
        PositionView view = new PositionView(position.quantity().doubleValue(), position.averagePrice().doubleValue());
        Asset settlement = assets.require(instrument.settlementAsset(), "asset");
        OptionalDouble toUsd = market.indexPrice(settlement.oracleSymbol());
        MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
        Valuation valuation = resolved.value(view, instrumentMarket);
        OptionalDouble mark = valuation.value(Measure.PRESENT_VALUE);
        if (toUsd.isEmpty() || mark.isEmpty()) {
            throw new UnpriceablePositionException(instrument.id(), toUsd.isEmpty()
                    ? "no fresh index for " + settlement.oracleSymbol()
                    : String.valueOf(valuation.results().get(Measure.PRESENT_VALUE)), toUsd.isEmpty()
                    ? settlement.oracleSymbol()
                    : market.indexPrice(instrument.underlying()).isEmpty() ? instrument.underlying() : null);
        }
        return new Priced(instrument, resolved, view, instrumentMarket, settlement, toUsd.getAsDouble(),
                mark.getAsDouble() * toUsd.getAsDouble());
    }

    /** A position valued once, with what both methods need. */
    private record Priced(Instrument instrument, ResolvedInstrument resolved, PositionView view, MarketSnapshot market,
                          Asset settlement, double toUsd, double valueUsd) {

        /** What the position counts for in equity: a long holding accepted as collateral, after its haircut. */
        double countedUsd() {
            return countedValue(valueUsd, resolved.collateralHaircut());
        }

        MarginAssessment.PositionRisk risk(double maintenanceUsd) {
            return new MarginAssessment.PositionRisk(instrument.id(), instrument.underlying(), view.quantity(),
                    valueUsd, maintenanceUsd);
        }
    }
}
