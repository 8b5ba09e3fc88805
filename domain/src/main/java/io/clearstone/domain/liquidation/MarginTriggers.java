package io.clearstone.domain.liquidation;

import io.clearstone.domain.engine.ClearingEngine;
import io.clearstone.domain.engine.EngineStarted;
import io.clearstone.domain.engine.EngineStopped;
import io.clearstone.domain.margin.MarginBook;
import io.clearstone.domain.oracle.IndexPriceChanged;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * What sets the margin monitor going: every accepted index change, once it is committed (a price that fails
 * validation never fires one), and a sweep every ten seconds. Bean-managed concurrency: a long sweep must not hold a
 * lock that price events wait on (the timer service never starts a sweep while the last one runs).
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
            monitor.sweep();
        }
    }
}
