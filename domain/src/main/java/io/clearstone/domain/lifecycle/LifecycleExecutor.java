package io.clearstone.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.position.OpenPositions;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.shared.AccountsChanged;
import io.clearstone.instruments.spi.HeldPosition;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Runs one lifecycle event, exactly once, in a transaction of its own. Locks are taken in the platform's one order:
 * the instrument's row, then the event's row, then the holders' accounts in id order (a liquidation takes instrument
 * rows, then funding rows, then accounts; a trade a funding row, then accounts). Under the event's lock, an event
 * already done, not yet due, or behind an earlier pending event of its instrument ({@link LifecycleOrder}) is left as
 * it is, so any number of triggers, on any node, at once or after a restart, run it once and in order.
 *
 * <p>A run: the settlement price is the index's time-weighted average over the plugin's
 * {@link ResolvedInstrument#settlementWindow window} before the event (the index as published at the event for a zero
 * window); every open position gets the plugin's instructions
 * ({@link ResolvedInstrument#onEvent(ScheduledEvent, HeldPosition, BigDecimal)}), booked each in its own asset against
 * the settlement account in one journal transaction ({@link CashFlowBooking}); a position an instruction closes (every
 * position, at expiry) is settled, one still open is re-struck when the plugin says so
 * ({@link ResolvedInstrument#restrike}). The event is marked done with what it booked and the next occurrence of its
 * kind is scheduled; an expiry marks the instrument settled. Kinds a {@link LifecycleHandler} claims (funding) run
 * through it instead, under the same locks.
 */
@Stateless
public class LifecycleExecutor {

    private static final Logger LOG = Logger.getLogger(LifecycleExecutor.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @EJB
    OracleService oracle;
    @EJB
    Ledger ledger;
    @Inject
    LifecycleSchedule schedule;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    OpenPositions openPositions;
    @Inject
    Clock clock;
    @Inject
    @Any
    Instance<LifecycleHandler> handlers;
    @Inject
    Event<AccountsChanged> changed;

    /**
     * Runs the event if it is pending, due and first in its instrument's order; returns it if it has run (now or
     * before), empty if it may not run yet.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LifecycleEventView> runIfDue(long eventId) {
        Optional<Long> instrumentId = em.createQuery("select e.instrumentId from LifecycleEvent e where e.id = :id",
                Long.class).setParameter("id", eventId).getResultStream().findFirst();
        if (instrumentId.isEmpty()) {
            return Optional.empty();
        }
        Instrument instrument = em.find(Instrument.class, instrumentId.get(), LockModeType.PESSIMISTIC_WRITE);
        LifecycleEvent event = em.find(LifecycleEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event.status() == LifecycleStatus.DONE) {
            return Optional.of(event.view());
        }
        Instant now = clock.instant();
        if (!event.isDue(now) || schedule.hasEarlierPending(event)) {
            return Optional.empty();
        }
        if (instrument.status() != InstrumentStatus.ACTIVE) {
            // settled by its expiry: nothing is open to pay, and nothing follows
            event.done(now, null, 0, null);
            return Optional.of(event.view());
        }
        ResolvedInstrument resolved = instruments.resolve(instrument);
        Optional<LifecycleHandler> handler = handlers.stream().filter(h -> h.handles(event.kind(), resolved))
                .findFirst();
        if (handler.isPresent()) {
            handler.get().run(event, instrument, resolved);
        } else {
            book(event, instrument, resolved, now);
        }
        return Optional.of(event.view());
    }

    private void book(LifecycleEvent event, Instrument instrument, ResolvedInstrument resolved, Instant now) {
        long started = System.nanoTime();
        ScheduledEvent scheduled = event.scheduled();
        BigDecimal price = settlementPrice(instrument, resolved, scheduled);
        List<Position> open = openPositions.in(instrument.id());
        new TreeSet<>(open.stream().map(p -> p.key().accountId()).toList()).forEach(id ->
                em.lock(accounts.find(id).orElseThrow(), LockModeType.PESSIMISTIC_WRITE));

        List<CashFlowBooking.PositionFlows> flows = new ArrayList<>();
        for (Position position : open) {
            flows.add(new CashFlowBooking.PositionFlows(position.key().accountId(), resolved.onEvent(scheduled,
                    new HeldPosition(position.quantity(), position.averagePrice()), price)));
        }
        long settlementAccount = accounts.system(SystemAccount.SETTLEMENT).orElseThrow().id();
        CashFlowBooking.Booking booking = CashFlowBooking.of(flows, instrument.settlementAsset(), settlementAccount,
                asset -> assets.require(asset, "asset").decimals());
        Long journalTransaction = booking.postings().isEmpty() ? null
                : ledger.post(new JournalRequest(JournalType.SETTLEMENT, reference(instrument, scheduled),
                booking.postings())).id();

        boolean expiry = ScheduledEvent.EXPIRY.equals(scheduled.kind());
        Optional<BigDecimal> restrike = expiry ? Optional.empty() : resolved.restrike(scheduled, price);
        for (int i = 0; i < open.size(); i++) {
            Position position = open.get(i);
            CashFlowBooking.PositionOutcome outcome = booking.outcomes().get(i);
            if (expiry || outcome.closes()) {
                position.settle(outcome.settlementAssetFlow(), resolved.paysClosingPnl());
            } else if (restrike.isPresent()) {
                position.restrike(outcome.settlementAssetFlow(), restrike.get());
            }
        }
        event.done(now, price, open.size(), journalTransaction);
        if (expiry) {
            instrument.settle(price, now);
        } else {
            schedule.scheduleFollowing(event, resolved);
        }
        changed.fire(new AccountsChanged(open.stream().map(p -> p.key().accountId()).collect(Collectors.toSet())));
        em.flush();
        // the time of the work before the commit, which docs/bench/daily-settlement.sh reads
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> scheduled.kind() + " of instrument " + instrument.id() + " at " + scheduled.at() + ": price "
                + price.toPlainString() + ", " + open.size() + " positions in " + millis + " ms");
    }

    private BigDecimal settlementPrice(Instrument instrument, ResolvedInstrument resolved, ScheduledEvent event) {
        Duration window = resolved.settlementWindow(event);
        if (window.isZero()) {
            return oracle.priceAt(instrument.underlying(), event.at()).orElseThrow(() -> new IllegalStateException(
                    "no index " + instrument.underlying() + " was published before " + event.at()));
        }
        return oracle.twap(instrument.underlying(), event.at().minus(window), event.at()).price();
    }

    /** The journal reference: expiry keeps the key it always had, so settled history reads the same. */
    static String reference(Instrument instrument, ScheduledEvent event) {
        return ScheduledEvent.EXPIRY.equals(event.kind()) ? "expiry:instrument:" + instrument.id()
                : "lifecycle:instrument:" + instrument.id() + ":" + event.kind() + ":" + event.at();
    }
}
