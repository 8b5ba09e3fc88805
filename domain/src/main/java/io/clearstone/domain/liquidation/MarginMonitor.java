package io.clearstone.domain.liquidation;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.health.UnpricedAccounts;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginBook;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.margin.MarginStateSeen;
import io.clearstone.domain.margin.UnpriceablePositionException;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Re-margins the accounts a price touches, and liquidates those below maintenance. An index change concerns only the
 * accounts holding positions on that underlying or collateral priced by it (and only those with positions or debts
 * can fall below maintenance): portfolio accounts are re-margined in memory by the {@link MarginBook}, standard
 * accounts from the database. A sweep covers every account, for anything a lost event missed. Liquidation decides
 * again from the database under a lock, so a candidate that is in fact healthy costs one assessment.
 */
@Stateless
public class MarginMonitor {

    private static final Logger LOG = Logger.getLogger(MarginMonitor.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    jakarta.enterprise.event.Event<MarginStateSeen> seen;
    @Inject
    MarginCalculator calculator;
    @Inject
    MarketSnapshots markets;
    @EJB
    LiquidationService liquidation;
    @EJB
    MarginBook book;
    @Inject
    UnpricedAccounts unpriced;
    @Inject
    java.time.Clock clock;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void indexChanged(String symbol) {
        book.tick(symbol).forEach(liquidation::liquidate);
        check(affectedBy(symbol));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        book.belowMaintenance().forEach(liquidation::liquidate);
        List<Long> atRisk = atRisk();
        check(atRisk);
        // an account no longer at risk (flat now) is no longer unpriced either
        unpriced.standardRetain(atRisk, clock.instant());
    }

    /** Standard accounts: assessed from the database, liquidated if below maintenance. */
    private void check(List<Long> accounts) {
        if (accounts.isEmpty()) {
            return;
        }
        MarketSnapshot market = markets.current();
        for (long account : accounts) {
            try {
                MarginAssessment assessment = calculator.assess(account, market);
                seen.fire(new MarginStateSeen(account, assessment.state(), assessment.marginRatio(),
                        assessment.equityUsd(), assessment.maintenanceUsd()));
                unpriced.standardPriced(account, clock.instant());
                if (assessment.state().requiresLiquidation()) {
                    liquidation.liquidate(account);
                }
            } catch (UnpriceablePositionException e) {
                // neither safe nor to be liquidated on a partial valuation: reported, and assessed again at the
                // next tick of what it holds or the next sweep
                unpriced.standardUnpriced(account, e.missing(), clock.instant());
                LOG.log(Level.FINE, "margin check of account " + account + " cannot value it", e);
            } catch (RuntimeException e) {
                // e.g. a position that cannot be priced while its index is stale: nothing can be decided now
                LOG.log(Level.FINE, "margin check of account " + account + " skipped", e);
            }
        }
    }

    private List<Long> affectedBy(String symbol) {
        return em.createQuery("select distinct p.key.accountId from Position p, Instrument i, Account c "
                        + "where p.key.instrumentId = i.id and p.key.accountId = c.id and c.marginMethod = :standard "
                        + "and p.quantity <> 0 and (i.underlying = :s or exists ("
                        + "select 1 from Balance b, Asset a where b.key.accountId = p.key.accountId "
                        + "and b.key.asset = a.symbol and a.oracleSymbol = :s and b.amount <> 0)) "
                        + "order by p.key.accountId", Long.class).setParameter("s", symbol)
                .setParameter("standard", MarginMethod.STANDARD).getResultList();
    }

    private List<Long> atRisk() {
        List<Long> withPositions = em.createQuery("select distinct p.key.accountId from Position p, Account a "
                + "where p.key.accountId = a.id and a.marginMethod = :standard and p.quantity <> 0", Long.class)
                .setParameter("standard", MarginMethod.STANDARD).getResultList();
        List<Long> inDebt = em.createQuery("select distinct b.key.accountId from Balance b, Account a "
                + "where b.key.accountId = a.id and a.systemRole is null and a.marginMethod = :standard "
                + "and b.amount < 0", Long.class).setParameter("standard", MarginMethod.STANDARD).getResultList();
        java.util.TreeSet<Long> all = new java.util.TreeSet<>(withPositions);
        all.addAll(inDebt);
        return List.copyOf(all);
    }
}
