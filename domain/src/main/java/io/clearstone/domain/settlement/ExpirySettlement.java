package io.clearstone.domain.settlement;

import java.time.Clock;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.lifecycle.LifecycleEvent;
import io.clearstone.domain.lifecycle.LifecycleExecutor;
import io.clearstone.domain.lifecycle.LifecycleSchedule;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * An instrument's settlement at expiry, as operators see and request it. The expiry itself is an event of the
 * lifecycle engine ({@link LifecycleExecutor}): run once, under its locks, by the scheduler or by the first request
 * here; every later request finds it done and changes nothing.
 */
@Stateless
public class ExpirySettlement {

    @EJB
    InstrumentService instruments;
    @EJB
    LifecycleExecutor executor;
    @Inject
    LifecycleSchedule schedule;
    @Inject
    Clock clock;

    /**
     * Settles now on an operator's request (what is due before the expiry runs first); refused before expiry.
     * Outside a transaction: the run commits in its own, and the answer reads what it committed.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SettlementView settleOnRequest(long instrumentId) {
        instruments.require(instrumentId);
        // each in its own transaction and in order, so the expiry is not held back by a daily settlement due before it
        schedule.due(instrumentId, clock.instant()).forEach(event -> executor.runIfDue(event.id()));
        Instrument instrument = instruments.require(instrumentId);
        if (instrument.status() != InstrumentStatus.SETTLED) {
            throw new ConflictException("settlement/not-due", "Not yet due", null,
                    "instrument " + instrumentId + " has not expired");
        }
        LifecycleEvent ran = schedule.latest(instrumentId, ScheduledEvent.EXPIRY).orElseThrow();
        return new SettlementView(instrument.id(), instrument.underlying(),
                Decimals.plain(instrument.settlementPrice()), instrument.settledAt(),
                ran.positions() == null ? 0 : ran.positions(), ran.journalTransactionId());
    }
}
