package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Proves the ledger's invariants from the stored rows, not from what the code believes: every asset's balances and
 * journal sum to zero, every balance equals its own journal sum, and every transaction balances.
 */
@Stateless
public class LedgerAudit {

    private static final String MISMATCHED_BALANCES = """
            select b.asset_symbol, count(*) from balance b
            left join (select account_id, asset_symbol, sum(amount) as total from journal_entry
                       group by account_id, asset_symbol) j
              on j.account_id = b.account_id and j.asset_symbol = b.asset_symbol
            where b.amount <> coalesce(j.total, 0)
            group by b.asset_symbol""";

    private static final String ENTRIES_WITHOUT_BALANCE = """
            select j.asset_symbol, count(*) from (select distinct account_id, asset_symbol from journal_entry) j
            left join balance b on b.account_id = j.account_id and b.asset_symbol = j.asset_symbol
            where b.account_id is null
            group by j.asset_symbol""";

    private static final String UNBALANCED_TRANSACTIONS = """
            select x.asset_symbol, count(*) from (select transaction_id, asset_symbol from journal_entry
                                                  group by transaction_id, asset_symbol
                                                  having sum(amount) <> 0) x
            group by x.asset_symbol""";

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;

    public Reconciliation reconcile() {
        Map<String, BigDecimal> balances = sums("select b.key.asset, sum(b.amount) from Balance b group by b.key.asset");
        Map<String, BigDecimal> journal = sums("select e.asset, sum(e.amount) from JournalEntry e group by e.asset");
        Map<String, Long> mismatched = counts(MISMATCHED_BALANCES);
        counts(ENTRIES_WITHOUT_BALANCE).forEach((asset, n) -> mismatched.merge(asset, n, Long::sum));
        Map<String, Long> unbalanced = counts(UNBALANCED_TRANSACTIONS);

        TreeSet<String> assets = new TreeSet<>(balances.keySet());
        assets.addAll(journal.keySet());
        List<AssetReconciliation> lines = assets.stream()
                .map(a -> new AssetReconciliation(a, balances.getOrDefault(a, BigDecimal.ZERO),
                        journal.getOrDefault(a, BigDecimal.ZERO), mismatched.getOrDefault(a, 0L),
                        unbalanced.getOrDefault(a, 0L)))
                .toList();
        return new Reconciliation(clock.instant(), lines.stream().allMatch(AssetReconciliation::balanced), lines);
    }

    private Map<String, BigDecimal> sums(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> ((BigDecimal) r[1]).stripTrailingZeros()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }
}
