package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.instruments.spi.CreditPool;

/** Reads pools: their views, their reconciliation, and their state as pricing sees it. */
@Stateless
public class PoolQueries {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    Ledger ledger;
    @Inject
    AssetRepository assets;

    public List<PoolView> all() {
        return em.createQuery("select p from SecuritizationPool p order by p.id", SecuritizationPool.class)
                .getResultStream().map(this::view).toList();
    }

    public PoolView view(long poolId) {
        return view(require(poolId));
    }

    public SecuritizationPool require(long poolId) {
        SecuritizationPool pool = em.find(SecuritizationPool.class, poolId);
        if (pool == null) {
            throw new NotFoundException("pool", "pool", poolId);
        }
        return pool;
    }

    public PoolView view(SecuritizationPool pool) {
        List<PoolAsset> assets = assetsOf(pool.id());
        List<PoolTranche> outstanding = tranchesOf(pool.id());
        List<PoolView.AssetLine> holdings = assets.stream().map(a -> new PoolView.AssetLine(a.name(),
                a.kind(), a.originalPar(), a.par(), a.coupon(), a.maturity(), a.defaultProbability(),
                a.recoveryRate(), a.collateralAsset(), a.collateralUnits(), a.defaultedPar(), a.recovered())).toList();
        List<PoolView.TrancheLine> tranches = outstanding.stream().map(t -> new PoolView.TrancheLine(
                t.name(), t.rank(), t.seniority(), t.attachment(), t.detachment(), t.coupon(), t.originalBalance(),
                t.balance(), t.writtenDown(), t.interestShortfall(), t.instrumentId())).toList();
        return new PoolView(pool.id(), pool.name(), pool.sponsorAccountId(), pool.servicer(), pool.accounts(),
                pool.settlementAsset(),
                pool.underlying(), pool.correlation(), pool.principalMode(), pool.periodsPerYear(),
                pool.reserveTarget(), pool.period(), pool.createdAt(), holdings, tranches,
                reconcile(pool, assets, outstanding));
    }

    public PoolReconciliation reconcile(long poolId) {
        SecuritizationPool pool = require(poolId);
        return reconcile(pool, assetsOf(poolId), tranchesOf(poolId));
    }

    private PoolReconciliation reconcile(SecuritizationPool pool, List<PoolAsset> holdings,
                                         List<PoolTranche> tranches) {
        BigDecimal par = holdings.stream().map(PoolAsset::par).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal owed = tranches.stream().map(PoolTranche::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal reserve = ledger.balance(pool.accounts().reserve(), pool.settlementAsset());
        Collected open = collectedIn(pool.id(), pool.period());
        BigDecimal collected = open.cash();

        BigDecimal collectionAccount = ledger.balance(pool.accounts().collection(), pool.settlementAsset());
        List<String> discrepancies = new ArrayList<>();
        // until the period's waterfall runs, the par repaid or defaulted in it is still owed to the tranches
        BigDecimal owedFor = par.add(open.principal()).add(open.defaulted());
        if (owedFor.compareTo(owed) != 0) {
            discrepancies.add("performing par " + par.toPlainString() + " plus this period's repaid and defaulted "
                    + "par differs from the tranches' balances " + owed.toPlainString());
        }
        if (collected.compareTo(collectionAccount) != 0) {
            discrepancies.add("the collection account holds " + collectionAccount.toPlainString() + " but "
                    + collected.toPlainString() + " was collected in period " + pool.period());
        }
        Map<String, BigDecimal> pledged = new TreeMap<>();
        holdings.stream().filter(a -> a.kind() == PoolAsset.Kind.COLLATERAL)
                .forEach(a -> pledged.merge(a.collateralAsset(), a.collateralUnits(), BigDecimal::add));
        pledged.forEach((asset, units) -> {
            BigDecimal held = ledger.balance(pool.accounts().collateral(), asset);
            if (held.compareTo(units) != 0) {
                discrepancies.add("the collateral account holds " + held.toPlainString() + " " + asset + " but "
                        + units.toPlainString() + " were pledged");
            }
        });
        return new PoolReconciliation(par, owed, reserve, collected, collectionAccount, owedFor.add(reserve),
                owed.add(reserve), discrepancies, discrepancies.isEmpty());
    }

    /** The pool whose notes an instrument is, if any. */
    public Optional<Long> poolOfInstrument(long instrumentId) {
        return em.createQuery("select t.poolId from PoolTranche t where t.instrumentId = :i", Long.class)
                .setParameter("i", instrumentId).getResultStream().findFirst();
    }

    /**
     * The pool as the tranche plugin prices it at {@code now}: its tranches and reserve as they will stand after the
     * open period's waterfall, so that a loss the servicer reported counts at once (principal collected but not yet
     * paid is counted only once paid: the conservative side for margin).
     */
    public CreditPool state(long poolId, Instant now) {
        SecuritizationPool pool = require(poolId);
        List<PoolTranche> outstanding = tranchesOf(poolId);
        BigDecimal reserveNow = ledger.balance(pool.accounts().reserve(), pool.settlementAsset());
        Waterfall.Result projected = Waterfall.run(outstanding.stream().map(PoolTranche::state).toList(),
                collectedIn(poolId, pool.period()).forWaterfall(), reserveNow, pool.reserveTarget(),
                pool.principalMode(), pool.periodsPerYear(),
                assets.require(pool.settlementAsset(), "asset").decimals());
        List<CreditPool.Asset> holdings = new ArrayList<>();
        double loanPar = 0;
        double weightedYears = 0;
        // the pricing state of every holding as plain values: a pool of 10,000 loans is not loaded into the
        // persistence context (managed entities cost most of a pricing's time), and nothing here is changed
        List<Object[]> rows = em.createQuery("select a.kind, a.par, a.collateralAsset, a.collateralUnits, "
                + "a.defaultProbability, a.recoveryRate, a.maturity from PoolAsset a where a.poolId = :p order by a.id",
                Object[].class).setParameter("p", poolId).getResultList();
        for (Object[] row : rows) {
            double par = ((BigDecimal) row[1]).doubleValue();
            if (row[0] == PoolAsset.Kind.COLLATERAL) {
                holdings.add(CreditPool.Asset.collateral(par,
                        assets.require((String) row[2], "asset").oracleSymbol(), ((BigDecimal) row[3]).doubleValue()));
            } else if (par > 0) {
                holdings.add(CreditPool.Asset.loan(par, ((BigDecimal) row[4]).doubleValue(),
                        ((BigDecimal) row[5]).doubleValue()));
                double years = Math.max(ChronoUnit.DAYS.between(now.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        (java.time.LocalDate) row[6]), 0) / 365.0;
                loanPar += par;
                weightedYears += par * years;
            }
        }
        List<CreditPool.Tranche> tranches = new ArrayList<>();
        for (int i = 0; i < outstanding.size(); i++) {
            tranches.add(new CreditPool.Tranche(outstanding.get(i).name(),
                    outstanding.get(i).originalBalance().doubleValue(),
                    projected.lines().get(i).balanceAfter().doubleValue()));
        }
        BigDecimal reserveAfter = reserveNow.subtract(projected.reserveUsed()).add(projected.reserveToppedUp());
        return new CreditPool(String.valueOf(poolId), pool.correlation().doubleValue(),
                loanPar > 0 ? weightedYears / loanPar : 0, reserveAfter.doubleValue(), holdings, tranches);
    }

    /** The open period's collections, summed. */
    public Collected collectedIn(long poolId, int period) {
        Object[] sums = em.createQuery("select coalesce(sum(c.interest), 0), coalesce(sum(c.principal), 0), "
                        + "coalesce(sum(c.defaulted), 0), coalesce(sum(c.recovered), 0) from PoolCollection c "
                        + "where c.poolId = :p and c.period = :n", Object[].class).setParameter("p", poolId)
                .setParameter("n", period).getSingleResult();
        return new Collected(decimal(sums[0]), decimal(sums[1]), decimal(sums[2]), decimal(sums[3]));
    }

    /** What a period's reports so far booked, by pool asset id; an asset nothing was reported on is absent. */
    public Map<Long, Collected> collectedByAsset(long poolId, int period) {
        Map<Long, Collected> byAsset = new java.util.HashMap<>();
        em.createQuery("select c.poolAssetId, sum(c.interest), sum(c.principal), sum(c.defaulted), "
                        + "sum(c.recovered) from PoolCollection c where c.poolId = :p and c.period = :n "
                        + "group by c.poolAssetId", Object[].class).setParameter("p", poolId).setParameter("n", period)
                .getResultList().forEach(row -> byAsset.put(((Number) row[0]).longValue(), new Collected(
                        decimal(row[1]), decimal(row[2]), decimal(row[3]), decimal(row[4]))));
        return byAsset;
    }

    public List<PoolAsset> assetsOf(long poolId) {
        return em.createQuery("select a from PoolAsset a where a.poolId = :p order by a.id", PoolAsset.class)
                .setParameter("p", poolId).getResultList();
    }

    public List<PoolTranche> tranchesOf(long poolId) {
        return em.createQuery("select t from PoolTranche t where t.poolId = :p order by t.rank", PoolTranche.class)
                .setParameter("p", poolId).getResultList();
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    /** A period's collections. */
    public record Collected(BigDecimal interest, BigDecimal principal, BigDecimal defaulted, BigDecimal recovered) {

        BigDecimal cash() {
            return interest.add(principal).add(recovered);
        }

        Waterfall.Collections forWaterfall() {
            return new Waterfall.Collections(interest, principal, defaulted, recovered);
        }
    }
}
