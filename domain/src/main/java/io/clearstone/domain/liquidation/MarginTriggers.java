package io.clearstone.domain.liquidation;

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

    public void onIndexChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexPriceChanged change) {
        monitor.indexChanged(change.symbol());
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        monitor.sweep();
    }
}
