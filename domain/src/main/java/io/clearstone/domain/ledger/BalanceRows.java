package io.clearstone.domain.ledger;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Opens balance rows (at zero) in the caller's transaction: for every listed asset when an account opens, and for
 * every account when an asset is listed. Rows then exist before value first moves, so a posting only ever has to
 * lock existing rows. Told by events ({@link io.clearstone.domain.account.AccountOpened},
 * {@link io.clearstone.domain.asset.AssetListed}), observed synchronously, so in the same transaction.
 */
@ApplicationScoped
public class BalanceRows {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    void onAccountOpened(@jakarta.enterprise.event.Observes io.clearstone.domain.account.AccountOpened opened) {
        openForAccount(opened.accountId());
    }

    void onAssetListed(@jakarta.enterprise.event.Observes io.clearstone.domain.asset.AssetListed listed) {
        openForAsset(listed.symbol());
    }

    public void openForAccount(long accountId) {
        em.createQuery("select a.symbol from Asset a", String.class).getResultList()
                .forEach(asset -> open(new BalanceKey(accountId, asset)));
    }

    public void openForAsset(String asset) {
        List<Long> accounts = em.createQuery("select a.id from Account a", Long.class).getResultList();
        accounts.forEach(accountId -> open(new BalanceKey(accountId, asset)));
    }

    /** Inserts the row if missing; returns it either way. */
    Balance open(BalanceKey key) {
        Balance balance = em.find(Balance.class, key);
        if (balance == null) {
            balance = new Balance(key);
            em.persist(balance);
        }
        return balance;
    }
}
