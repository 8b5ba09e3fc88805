package io.clearstone.domain.liquidation;

import io.clearstone.domain.engine.ClearingEngine;
import io.clearstone.domain.engine.EngineStarted;
import io.clearstone.domain.engine.EngineStopped;
import io.clearstone.domain.margin.MarginBook;
import io.clearstone.domain.oracle.IndexPriceChanged;
import io.clearstone.domain.shared.SweepGuard;
import io.clearstone.domain.shared.Sweeps;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * What sets the margin monitor going: every accepted index change, once it is committed (a price that fails
 * validation never fires one), and a sweep every ten seconds. Bean-managed concurrency: a long sweep must not hold a
 * lock that price events wait on. The timed sweep runs on the managed executor behind a {@link SweepGuard}: the timer
 * returns at once, and a tick that finds the last sweep still going is skipped and counted (under load a sweep can
 * take longer than ten seconds; left on the timer thread, every dropped tick was a container warning).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MarginTriggers {

    @EJB
    MarginMonitor monitor;
    @EJB
    MarginBook book;
    @EJB
    ClearingEngine engine;
    @Inject
    Sweeps sweeps;
    @Resource
    ManagedExecutorService executor;

    private SweepGuard guard;

    @PostConstruct
    void guard() {
        guard = sweeps.guard("margin-sweep");
    }

    public void onIndexChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexPriceChanged change) {
        if (engine.running()) {
            monitor.indexChanged(change.symbol());
        }
    }

    /**
     * Taking the engine over: the margin book is read from the database afresh (whatever an earlier term on this
     * node held is stale), then every account below maintenance is liquidated before the engine says it runs.
     */
    public void onTakeOver(@Observes EngineStarted started) {
        book.reload();
        monitor.sweep();
    }

    public void onHandOver(@Observes EngineStopped stopped) {
        book.reset();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (engine.running()) {
            guard.startUnlessRunning(executor, monitor::sweep);
        }
    }
}
