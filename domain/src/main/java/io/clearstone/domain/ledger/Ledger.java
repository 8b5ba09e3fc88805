package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Books balanced journal transactions. Every balance a request touches is locked (a database row lock, so that it
 * holds across servers) in one global order, which keeps concurrent postings from deadlocking; then the caller's
 * precondition sees the locked balances, and only then are entries written and balances moved, all in the caller's
 * transaction.
 */
@Stateless
public class Ledger {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    BalanceRows rows;
    @Inject
    Clock clock;

    public JournalTransaction post(JournalRequest request) {
        return post(request, balances -> {
        });
    }

    /**
     * @param precondition runs with the touched balances locked and may refuse the request by throwing
     */
    public JournalTransaction post(JournalRequest request, Consumer<LockedBalances> precondition) {
        Map<BalanceKey, Balance> locked = new LinkedHashMap<>();
        for (BalanceKey key : new TreeSet<>(request.postings().stream().map(Posting::key).toList())) {
            locked.put(key, lock(key));
        }
        precondition.accept(new LockedBalances(locked));
        request.postings().forEach(p -> locked.get(p.key()).apply(p.amount()));
        JournalTransaction transaction = new JournalTransaction(request, clock.instant());
        em.persist(transaction);
        return transaction;
    }

    /** The balance as this transaction sees it (after its own postings). */
    public BigDecimal balance(long accountId, String asset) {
        Balance balance = em.find(Balance.class, new BalanceKey(accountId, asset));
        return balance == null ? BigDecimal.ZERO : balance.amount();
    }

    private Balance lock(BalanceKey key) {
        Balance balance = em.find(Balance.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (balance != null) {
            return balance;
        }
        // Only an account and an asset created concurrently lack a row: insert it here. Should another transaction
        // insert the same row first, this one fails on the primary key and the caller may retry it.
        Balance created = rows.open(key);
        em.flush();
        return created;
    }
}
