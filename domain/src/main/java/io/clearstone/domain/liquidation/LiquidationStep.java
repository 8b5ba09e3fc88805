package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.funding.FundingService;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.margin.MarginState;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.position.PositionKey;
import io.clearstone.domain.position.PositionTransfer;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * One liquidation step for one account, in its own transaction, decided under the account's lock from a fresh
 * assessment, so that two triggers racing (price events, sweepers, servers) never act twice on one state: the second
 * finds the account already healthier, or takes the next step it genuinely needs. Below maintenance: the position that
 * contributes most to the maintenance margin is reduced by the configured fraction, moved to the backstop account at
 * the mark, and a penalty goes to the insurance fund. Bankrupt: {@link Bankruptcy} closes everything and covers the
 * deficit.
 */
@Stateless
public class LiquidationStep {

    private static final MathContext PRICE_PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    MarginCalculator calculator;
    @Inject
    MarketSnapshots markets;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @EJB
    InstrumentService instruments;
    @Inject
    PositionTransfer transfers;
    @EJB
    FundingService funding;
    @EJB
    Ledger ledger;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    LiquidationConfiguration configuration;
    @Inject
    Bankruptcy bankruptcy;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<LiquidationRecorded> recorded;

    /** @return whether a step was taken (the caller then asks again) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean run(long accountId) {
        if (accounts.find(accountId).map(Account::isSegregated).orElse(false)) {
            return false; // a pool's assets never cover anyone's deficit, not even by liquidating its own holdings
        }
        MarketSnapshot market = markets.current();
        MarginAssessment seen = calculator.assess(accountId, market);
        if (!seen.state().requiresLiquidation()) {
            return false;
        }
        Account backstop = backstop();
        if (backstop.id() == accountId) {
            throw new IllegalStateException("the backstop account " + accountId + " is itself below maintenance");
        }
        SortedSet<Long> touched = instrumentsOf(seen);
        lockInstruments(touched, accountId, backstop.id());
        em.flush();
        em.clear();
        MarginAssessment before = calculator.assess(accountId, market);
        if (!touched.containsAll(instrumentsOf(before))) {
            return true; // a position opened in another instrument before the lock: ask again, locking it too
        }
        if (before.state() == MarginState.BANKRUPT) {
            bankruptcy.resolve(before, accounts.find(backstop.id()).orElseThrow(), market);
            return true;
        }
        if (before.state() != MarginState.LIQUIDATION || before.positions().isEmpty()) {
            return false;
        }
        reduceRiskiestPosition(before, backstop.id(), market);
        return true;
    }

    /** The backstop liquidity provider: the configured owner's first active account. */
    Account backstop() {
        return accounts.ownedBy(configuration.backstopOwner()).stream().filter(a -> a.isActive() && !a.isSystem())
                .min(Comparator.comparing(Account::id)).orElseThrow(() -> new IllegalStateException(
                        "no active account of the backstop owner " + configuration.backstopOwner()));
    }

    private void reduceRiskiestPosition(MarginAssessment before, long backstopId, MarketSnapshot market) {
        MarginAssessment.PositionRisk target = before.positions().get(0);
        Instrument instrument = instruments.require(target.instrumentId());
        ResolvedInstrument resolved = instruments.resolve(instrument);
        Position position = em.find(Position.class, new PositionKey(before.accountId(), instrument.id()));
        BigDecimal held = position.quantity();
        BigDecimal closing = stepQuantity(held.abs(), configuration.stepFraction());
        MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
        BigDecimal price = markPrice(resolved, instrumentMarket);
        String reference = "liquidation:account:" + before.accountId();
        if (held.signum() > 0) {
            transfers.transfer(instrument, resolved, backstopId, before.accountId(), closing, price, reference, false);
        } else {
            transfers.transfer(instrument, resolved, before.accountId(), backstopId, closing, price, reference, false);
        }
        Asset asset = assets.require(instrument.settlementAsset(), "asset");
        double released = before.maintenanceUsd() - calculator.assess(before.accountId(), market).maintenanceUsd();
        BigDecimal penalty = penalty(before, resolved, instrument, instrumentMarket, held, closing, price, asset,
                released);
        if (penalty.signum() > 0) {
            long fund = accounts.system(SystemAccount.INSURANCE_FUND).orElseThrow().id();
            ledger.post(JournalRequest.transfer(JournalType.LIQUIDATION_PENALTY, reference, before.accountId(), fund,
                    asset.symbol(), penalty));
        }
        String reason = String.format(Locale.ROOT, "equity %.2f USD below maintenance margin %.2f USD: %s of %s "
                        + "contracts of instrument %d (the largest contributor, %.2f USD) moved to backstop account %d "
                        + "at %s; penalty %s %s to the insurance fund", before.equityUsd(), before.maintenanceUsd(),
                closing.toPlainString(), held.toPlainString(), instrument.id(), target.maintenanceUsd(), backstopId,
                price.toPlainString(), penalty.toPlainString(), asset.symbol());
        LiquidationEvent event = new LiquidationEvent(LiquidationOutcome.of(before.accountId(),
                        LiquidationKind.PARTIAL_LIQUIDATION, reason)
                .moved(instrument.id(), held.signum() > 0 ? closing : closing.negate(), price).against(backstopId)
                .cash(asset.symbol(), penalty.negate()), before.equityUsd(), before.maintenanceUsd(), clock.instant());
        em.persist(event);
        recorded.fire(new LiquidationRecorded(event.view()));
    }

    /**
     * The penalty: the configured rate × the delta notional closed (|∂value/∂index per contract| × contracts ×
     * index, in USD), in the settlement asset, rounded down; never more than half the maintenance margin the step
     * released, so that every step leaves the account further above maintenance, nor more than its equity.
     */
    private BigDecimal penalty(MarginAssessment before, ResolvedInstrument resolved, Instrument instrument,
                               MarketSnapshot market, BigDecimal held, BigDecimal closing, BigDecimal price,
                               Asset asset, double releasedMaintenanceUsd) {
        OptionalDouble delta = resolved.value(new PositionView(held.doubleValue(), price.doubleValue()), market)
                .value(Measure.DELTA);
        OptionalDouble index = market.indexPrice(instrument.underlying());
        OptionalDouble toUsd = market.indexPrice(asset.oracleSymbol());
        if (delta.isEmpty() || index.isEmpty() || toUsd.isEmpty() || before.equityUsd() <= 0) {
            return BigDecimal.ZERO;
        }
        double deltaNotional = Math.abs(delta.getAsDouble() / held.doubleValue()) * closing.doubleValue()
                * index.getAsDouble() * toUsd.getAsDouble();
        double penaltyUsd = Math.min(configuration.penaltyRate().doubleValue() * deltaNotional,
                Math.min(Math.max(releasedMaintenanceUsd, 0) / 2, before.equityUsd()));
        return BigDecimal.valueOf(penaltyUsd / toUsd.getAsDouble()).setScale(asset.decimals(), RoundingMode.DOWN);
    }

    /** The instrument's price now (a swap's mark), to 12 significant digits. */
    static BigDecimal markPrice(ResolvedInstrument resolved, MarketSnapshot market) {
        // zero is a price: a wiped-out tranche note or a worthless option closes at it
        java.util.OptionalDouble price = resolved.price(market).asDouble();
        if (price.isPresent() && price.getAsDouble() >= 0) {
            return new BigDecimal(price.getAsDouble(), PRICE_PRECISION);
        }
        throw new IllegalStateException("cannot price " + resolved.underlying() + " to liquidate it");
    }

    /** A fraction of the position, rounded up at the position's own precision, never more than all of it. */
    static BigDecimal stepQuantity(BigDecimal held, BigDecimal fraction) {
        int scale = Math.max(held.stripTrailingZeros().scale(), 0);
        BigDecimal step = held.multiply(fraction).setScale(scale, RoundingMode.UP);
        return step.min(held);
    }

    /** Every instrument the account holds: a bankruptcy moves all of them, a partial step the riskiest. */
    static SortedSet<Long> instrumentsOf(MarginAssessment assessment) {
        SortedSet<Long> ids = new TreeSet<>();
        assessment.positions().forEach(p -> ids.add(p.instrumentId()));
        return ids;
    }

    /**
     * Before any position moves: every instrument's row (the expiry settlement's lock), then every funding lock
     * (paying what is due), then the accounts, each kind in id order, as trades, funding and expiry take them one
     * instrument at a time, so that a step never holds one instrument while waiting for another.
     */
    private void lockInstruments(SortedSet<Long> touched, long accountId, long backstopId) {
        touched.forEach(id -> em.find(Instrument.class, id, LockModeType.PESSIMISTIC_WRITE));
        funding.payDueBeforeMoving(touched, Set.of(accountId, backstopId));
        lockInIdOrder(accountId, backstopId);
    }

    private void lockInIdOrder(long first, long second) {
        accounts.find(Math.min(first, second)).ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE));
        accounts.find(Math.max(first, second)).ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE));
    }
}
