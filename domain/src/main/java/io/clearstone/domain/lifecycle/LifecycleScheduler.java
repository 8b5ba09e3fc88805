package io.clearstone.domain.lifecycle;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.clearstone.domain.engine.ClearingEngine;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds, on the clearing engine's node only, runs every pending event that is due, in order. Nothing is
 * remembered in the server: the schedule lives in the database, so a restarted server, or the node that takes the
 * engine over, finds exactly what is still due and catches up. A failure (no index published yet, a lock held past
 * its timeout, a plugin that throws) is logged and tried again on the next sweep; it holds back only the later
 * events of its own instrument.
 */
@Singleton
public class LifecycleScheduler {

    private static final Logger LOG = Logger.getLogger(LifecycleScheduler.class.getName());

    @EJB
    LifecycleExecutor executor;
    @EJB
    ClearingEngine engine;
    @Inject
    LifecycleSchedule schedule;
    @Inject
    Clock clock;
    @Inject
    io.clearstone.domain.shared.Sweeps sweeps;
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService runner;

    private io.clearstone.domain.shared.SweepGuard guard;

    @jakarta.annotation.PostConstruct
    void guard() {
        guard = sweeps.guard("lifecycle-events");
    }

    /** A settlement of many positions takes longer than the period: a tick that finds the last run going is skipped. */
    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!engine.running()) {
            return;
        }
        guard.startUnlessRunning(runner, this::runDue);
    }

    private void runDue() {
        for (LifecycleEvent event : schedule.due(clock.instant())) {
            try {
                executor.runIfDue(event.id());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, event.kind() + " of instrument " + event.instrumentId() + " at "
                        + event.dueAt() + " failed; will retry", e);
            }
        }
    }
}
