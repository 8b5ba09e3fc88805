package io.clearstone.domain.liquidation;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.shared.Caller;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Runs liquidation steps until an account no longer needs one, and answers for the audit trail. */
@Stateless
public class LiquidationService {

    /** More steps than any sane account needs; a bound so that a stuck account cannot hold a thread. */
    static final int MAX_STEPS = 50;
    private static final Logger LOG = Logger.getLogger(LiquidationService.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    LiquidationStep step;
    @Inject
    AccountAccess access;
    @Inject
    AccountRepository accounts;

    /** Each step in its own transaction; returns how many were taken. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int liquidate(long accountId) {
        int steps = 0;
        try {
            while (steps < MAX_STEPS && step.run(accountId)) {
                steps++;
            }
        } catch (RuntimeException e) {
            // a lock timeout or deadlock with a racing trade, a price gone stale: the next trigger tries again
            LOG.log(Level.WARNING, "liquidation of account " + accountId + " stopped after " + steps + " steps", e);
        }
        return steps;
    }

    /**
     * The audit trail, newest first: every account's for risk officers and administrators, the caller's own
     * accounts' for a trader; {@code accountId} narrows it to one account.
     */
    public List<LiquidationEventView> events(Caller caller, Long accountId, int limit) {
        if (accountId != null) {
            access.readable(caller, accountId);
            return em.createQuery("select e from LiquidationEvent e where e.accountId = :a order by e.id desc",
                    LiquidationEvent.class).setParameter("a", accountId).setMaxResults(limit).getResultStream()
                    .map(LiquidationEvent::view).toList();
        }
        if (caller.readsEveryAccount()) {
            return em.createQuery("select e from LiquidationEvent e order by e.id desc", LiquidationEvent.class)
                    .setMaxResults(limit).getResultStream().map(LiquidationEvent::view).toList();
        }
        List<Long> own = new ArrayList<>();
        accounts.ownedBy(caller.name()).forEach(a -> own.add(a.id()));
        if (own.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select e from LiquidationEvent e where e.accountId in :own order by e.id desc",
                        LiquidationEvent.class).setParameter("own", own).setMaxResults(limit).getResultStream()
                .map(LiquidationEvent::view).toList();
    }
}
