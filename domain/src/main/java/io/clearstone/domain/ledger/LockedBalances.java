package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The user balances a journal request touches, locked for the rest of the transaction, as they are before the request
 * is applied. (System accounts' balances are locked after the precondition and are not shown here.)
 */
public final class LockedBalances {

    private final Map<BalanceKey, Balance> balances;

    LockedBalances(Map<BalanceKey, Balance> balances) {
        this.balances = balances;
    }

    /** The balance before the request is applied. */
    public BigDecimal before(long accountId, String asset) {
        Balance balance = balances.get(new BalanceKey(accountId, asset));
        if (balance == null) {
            throw new IllegalArgumentException("balance " + accountId + "/" + asset + " is not part of the request");
        }
        return balance.amount();
    }
}
