package io.clearstone.domain.funding;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.lifecycle.LifecycleEvent;
import io.clearstone.domain.lifecycle.LifecycleSchedule;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.position.OpenPositions;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.domain.venue.VenueQuoteService;
import io.clearstone.instruments.spi.Funding;
import io.clearstone.instruments.spi.FundingFixing;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Pays funding, exactly once per instrument and boundary: the handler of the lifecycle engine's
 * {@value ScheduledEvent#FUNDING} events ({@link FundingLifecycle}). An instrument that pays funding always has one
 * pending funding event, its next boundary ({@link LifecycleSchedule} keeps it). Everything that changes a funding
 * instrument's positions or pays its funding first locks that row; under that lock, every boundary already
 * passed is fixed and paid, in order, with the positions held at it, before anything else happens; each paid boundary
 * is marked done and the next one scheduled in the same transaction. Each boundary is
 * fixed from stored data only (the index as published at the boundary, the venue reports before it), so it comes out
 * the same whenever it runs: on time, after a restart, or on another server. The (instrument, boundary) key of
 * {@link FundingEvent} is the last guard against a second payment.
 */
@Stateless
public class FundingService {

    private static final Logger LOG = Logger.getLogger(FundingService.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @EJB
    OracleService oracle;
    @EJB
    VenueQuoteService venues;
    @EJB
    Ledger ledger;
    @Inject
    InstrumentMarkets markets;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    Clock clock;
    @Inject
    OpenPositions openPositions;
    @Inject
    LifecycleSchedule schedule;

    /**
     * Pays every boundary passed and not yet paid, within the lifecycle executor's transaction (which holds the
     * pending funding row already); returns how many were paid.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int payDue(long instrumentId) {
        return lockAndPayDue(instrumentId, Set.of());
    }

    /**
     * Within a trade's transaction, before it touches any position: takes the instrument's funding lock and pays what
     * is due, locking the trading accounts together with the holders (in id order, like every account lock).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void payDueBeforeTrade(long instrumentId, long buyerAccountId, long sellerAccountId) {
        lockAndPayDue(instrumentId, Set.of(buyerAccountId, sellerAccountId));
    }

    public FundingView view(long instrumentId, int limit) {
        Instrument instrument = instruments.require(instrumentId);
        Optional<Funding> declared = instruments.resolve(instrument).funding();
        LifecycleEvent next = declared.flatMap(f -> schedule.pending(instrumentId, ScheduledEvent.FUNDING))
                .orElseThrow(() -> new NotFoundException("funding", "funding of instrument", instrumentId));
        Duration interval = declared.get().interval();
        List<FundingEventView> history = em.createQuery("select e from FundingEvent e where e.instrumentId = :i "
                        + "order by e.fundingAt desc", FundingEvent.class).setParameter("i", instrumentId)
                .setMaxResults(limit).getResultStream().map(FundingEvent::view).toList();
        return new FundingView(instrumentId, interval, next.dueAt(),
                estimate(instrument, declared.get(), next.dueAt().minus(interval)).orElse(null), history);
    }

    private Optional<FundingView.Estimate> estimate(Instrument instrument, Funding funding, Instant periodStart) {
        Instant now = clock.instant();
        MarketSnapshot market = markets.of(instrument, markets.current());
        if (market.indexPrice(instrument.underlying()).isEmpty()) {
            return Optional.empty();
        }
        FundingFixing fixing = funding.fix(venues.during(instrument.id(), periodStart, now), market);
        return Optional.of(new FundingView.Estimate(fixing.rate(), fixing.markPrice(), fixing.averagePremium(),
                fixing.samples(), now));
    }

    /**
     * Within a transaction that moves positions of several instruments (a liquidation step): takes every one of their
     * funding locks in instrument id order, all of them before any account lock, then pays what is due as
     * {@link #payDueBeforeTrade} does, locking the given accounts together with the holders in id order. Two
     * transactions that each need several instruments thus never hold one while waiting for the other's.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void payDueBeforeMoving(Collection<Long> instrumentIds, Set<Long> accountIds) {
        lockAndPayDue(instrumentIds, accountIds);
    }

    private int lockAndPayDue(long instrumentId, Set<Long> alsoLock) {
        return lockAndPayDue(List.of(instrumentId), alsoLock);
    }

    private int lockAndPayDue(Collection<Long> instrumentIds, Set<Long> alsoLock) {
        Instant now = clock.instant();
        List<LifecycleEvent> due = new ArrayList<>();
        for (long instrumentId : new TreeSet<>(instrumentIds)) {
            schedule.lockPending(instrumentId, ScheduledEvent.FUNDING).filter(e -> e.isDue(now)).ifPresent(due::add);
        }
        if (due.isEmpty()) {
            return 0;
        }
        Set<Long> locked = new TreeSet<>(alsoLock);
        due.forEach(event -> locked.addAll(holders(event.instrumentId())));
        locked.forEach(id -> accounts.find(id).ifPresent(a -> em.lock(a, LockModeType.PESSIMISTIC_WRITE)));
        int paid = 0;
        for (LifecycleEvent first : due) {
            Instrument instrument = instruments.require(first.instrumentId());
            ResolvedInstrument resolved = instruments.resolve(instrument);
            Funding funding = funding(instrument, resolved);
            List<Position> open = openPositions.in(first.instrumentId());
            // the boundaries after the first are rows this transaction stores, so they are its own without a lock
            Optional<LifecycleEvent> boundary = Optional.of(first);
            while (boundary.isPresent() && boundary.get().isDue(now)) {
                pay(instrument, funding, boundary.get(), open);
                boundary = schedule.scheduleFollowing(boundary.get(), resolved);
                paid++;
            }
        }
        return paid;
    }

    private void pay(Instrument instrument, Funding funding, LifecycleEvent event, List<Position> open) {
        Instant boundary = event.dueAt();
        Instant periodStart = boundary.minus(funding.interval());
        BigDecimal index = oracle.priceAt(instrument.underlying(), boundary).orElseThrow(() -> new IllegalStateException(
                "no index " + instrument.underlying() + " was published before " + boundary));
        MarketSnapshot atBoundary = markets.of(instrument,
                MarketSnapshot.at(boundary).index(instrument.underlying(), index.doubleValue()).build());
        FundingFixing fixing = funding.fix(venues.during(instrument.id(), periodStart, boundary), atBoundary);

        Map<Long, BigDecimal> exact = new LinkedHashMap<>();
        open.forEach(p -> exact.put(p.key().accountId(),
                funding.payment(new HeldPosition(p.quantity(), p.averagePrice()), fixing)));
        String asset = instrument.settlementAsset();
        Map<Long, BigDecimal> payments = FundingAllocation.allocate(exact,
                assets.require(asset, "asset").decimals());
        List<Posting> postings = new ArrayList<>();
        BigDecimal totalPaid = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> payment : new java.util.TreeMap<>(payments).entrySet()) {
            postings.add(Posting.of(payment.getKey(), asset, payment.getValue()));
            if (payment.getValue().signum() < 0) {
                totalPaid = totalPaid.subtract(payment.getValue());
            }
        }
        Long journalTransaction = postings.isEmpty() ? null : ledger.post(new JournalRequest(JournalType.FUNDING,
                "funding:instrument:" + instrument.id() + ":" + boundary, postings)).id();
        em.persist(new FundingEvent(instrument.id(), periodStart, boundary, index, fixing, open.size(), asset,
                totalPaid, journalTransaction, clock.instant()));
        event.done(clock.instant(), index, open.size(), journalTransaction);
        em.flush();
        BigDecimal total = totalPaid;
        LOG.info(() -> "funding of instrument " + instrument.id() + " at " + boundary + ": rate "
                + fixing.rate().toPlainString() + ", " + open.size() + " positions, " + total.toPlainString() + " "
                + asset + " paid");
    }

    private static Funding funding(Instrument instrument, ResolvedInstrument resolved) {
        return resolved.funding().orElseThrow(() -> new IllegalStateException(
                "instrument " + instrument.id() + " has a funding event but its plugin pays no funding"));
    }

    private List<Long> holders(long instrumentId) {
        return em.createQuery("select p.key.accountId from Position p where p.key.instrumentId = :i "
                + "and p.quantity <> 0", Long.class).setParameter("i", instrumentId).getResultList();
    }

}
