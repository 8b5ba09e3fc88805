package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Read side of the ledger: balances and journal of an account, at each asset's scale. */
@ApplicationScoped
public class LedgerQueries {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    AssetRepository assets;

    public List<BalanceView> balances(long accountId) {
        Map<String, Asset> bySymbol = assetsBySymbol();
        return em.createQuery("select b from Balance b where b.key.accountId = :account order by b.key.asset",
                        Balance.class)
                .setParameter("account", accountId).getResultStream()
                .map(b -> new BalanceView(accountId, b.key().asset(),
                        atScale(b.amount(), bySymbol.get(b.key().asset()))))
                .toList();
    }

    /** The newest {@code limit} legs of an account, newest first. */
    public List<JournalEntryView> journal(long accountId, int limit) {
        Map<String, Asset> bySymbol = assetsBySymbol();
        return em.createQuery("select e from JournalEntry e join fetch e.transaction where e.accountId = :account "
                        + "order by e.transaction.id desc, e.id desc", JournalEntry.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultStream()
                .map(e -> new JournalEntryView(e.transaction().id(), e.transaction().type(),
                        e.transaction().reference(), e.transaction().createdAt(), e.accountId(), e.asset(),
                        atScale(e.amount(), bySymbol.get(e.asset()))))
                .toList();
    }

    private Map<String, Asset> assetsBySymbol() {
        return assets.all().stream().collect(Collectors.toMap(Asset::symbol, Function.identity()));
    }

    static BigDecimal atScale(BigDecimal amount, Asset asset) {
        return asset == null ? amount : amount.setScale(asset.decimals());
    }
}
