package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.shared.AccountsChanged;
import io.clearstone.domain.asset.Asset;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Books balanced journal transactions under database row locks (so that they hold across servers), always taken in
 * one global order, which keeps concurrent postings free of deadlocks:
 * <ol>
 *   <li>the user accounts taking part, by id: whoever changes any balance of an account holds its row, so a
 *       precondition may read all of that account's state consistently;</li>
 *   <li>their balance rows, by (account, asset);</li>
 *   <li>then the caller's precondition runs (free balance, {@code WithdrawalGuard}s) and may refuse;</li>
 *   <li>last, the system accounts' balance rows (custody, insurance fund, fees), which nearly every posting
 *       touches: taking them last keeps that shared lock for the shortest time.</li>
 * </ol>
 * Entries are written and balances moved in the caller's transaction.
 */
@Stateless
public class Ledger {

    @Inject
    jakarta.enterprise.event.Event<AccountsChanged> changed;
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
     * @param precondition runs with the user accounts and their touched balances locked and may refuse the request
     *                     by throwing
     */
    public JournalTransaction post(JournalRequest request, Consumer<LockedBalances> precondition) {
        request.postings().forEach(this::requireLedgerScale);
        Map<Long, Boolean> isSystem = new HashMap<>();
        for (long accountId : new TreeSet<>(request.postings().stream().map(Posting::accountId).toList())) {
            Account account = em.find(Account.class, accountId);
            if (account == null) {
                throw new IllegalArgumentException("posting to unknown account " + accountId);
            }
            isSystem.put(accountId, account.isSystem());
            if (!account.isSystem()) {
                em.lock(account, LockModeType.PESSIMISTIC_WRITE);
            }
        }
        TreeSet<BalanceKey> keys = new TreeSet<>(request.postings().stream().map(Posting::key).toList());
        Map<BalanceKey, Balance> locked = new HashMap<>();
        keys.stream().filter(k -> !isSystem.get(k.accountId())).forEach(k -> locked.put(k, lock(k)));
        precondition.accept(new LockedBalances(Map.copyOf(locked)));
        keys.stream().filter(k -> isSystem.get(k.accountId())).forEach(k -> locked.put(k, lock(k)));

        request.postings().forEach(p -> locked.get(p.key()).apply(p.amount()));
        JournalTransaction transaction = new JournalTransaction(request, clock.instant());
        em.persist(transaction);
        changed.fire(new AccountsChanged(isSystem.keySet().stream().filter(id -> !isSystem.get(id))
                .collect(java.util.stream.Collectors.toSet())));
        return transaction;
    }

    /** The balance as this transaction sees it (after its own postings). */
    public BigDecimal balance(long accountId, String asset) {
        Balance balance = em.find(Balance.class, new BalanceKey(accountId, asset));
        return balance == null ? BigDecimal.ZERO : balance.amount();
    }

    /** The ledger never rounds: a leg with more decimals than its asset has is a caller's bug, refused here too. */
    private void requireLedgerScale(Posting posting) {
        Asset asset = em.find(Asset.class, posting.asset());
        if (asset == null) {
            throw new IllegalArgumentException("posting in unlisted asset " + posting.asset());
        }
        if (posting.amount().stripTrailingZeros().scale() > asset.decimals()) {
            throw new IllegalArgumentException("posting " + posting + " exceeds the " + asset.decimals()
                    + " decimals of " + asset.symbol());
        }
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
