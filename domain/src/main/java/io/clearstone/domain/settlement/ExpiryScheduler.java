package io.clearstone.domain.settlement;

import java.io.Serializable;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Triggers expiry settlements: a persistent EJB timer per instrument at its expiry (it survives a restart of the same
 * server), and a sweeper every 15 seconds that settles whatever is overdue, which covers timers lost with a server's
 * data directory or held by another server. {@link ExpirySettlement} makes every trigger after the first a no-op.
 * Bean-managed concurrency: creating an instrument must not wait behind a running sweep.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(ExpiryScheduler.class.getName());

    @Resource
    TimerService timers;
    @EJB
    ExpirySettlement settlement;
    @EJB
    io.clearstone.domain.engine.ClearingEngine engine;

    /** Called in the transaction that creates the instrument: the timer exists only if the instrument does. */
    public void scheduleExpiry(long instrumentId, java.time.Instant expiry) {
        timers.createSingleActionTimer(Date.from(expiry), new TimerConfig(new ExpiryTimer(instrumentId), true));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onExpiry(Timer timer) {
        // the instrument's timer fires on the node that created it; off the engine node the sweep settles it
        if (engine.running() && timer.getInfo() instanceof ExpiryTimer expiry) {
            settle(expiry.instrumentId());
        }
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!engine.running()) {
            return;
        }
        settlement.due().forEach(this::settle);
    }

    private void settle(long instrumentId) {
        try {
            settlement.settleIfDue(instrumentId);
        } catch (RuntimeException e) {
            // e.g. no index history yet: the sweeper tries again
            LOG.log(Level.WARNING, "settlement of instrument " + instrumentId + " failed; will retry", e);
        }
    }

    /** What a persistent expiry timer remembers. */
    record ExpiryTimer(long instrumentId) implements Serializable {
    }
}
