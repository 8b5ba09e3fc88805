package io.clearstone.domain.funding;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Looks every five seconds for funding boundaries that have passed and pays them. Nothing is remembered in the server:
 * the schedule lives in the database, so a restarted server, or a second one, finds exactly what is still due.
 */
@Singleton
public class FundingScheduler {

    private static final Logger LOG = Logger.getLogger(FundingScheduler.class.getName());

    @EJB
    FundingService funding;
    @EJB
    io.clearstone.domain.engine.ClearingEngine engine;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!engine.running()) {
            return;
        }
        for (long instrumentId : funding.due()) {
            try {
                funding.payDue(instrumentId);
            } catch (RuntimeException e) {
                // e.g. no index published yet, or another server holds the lock past the timeout: next sweep retries
                LOG.log(Level.WARNING, "funding of instrument " + instrumentId + " failed; will retry", e);
            }
        }
    }
}
