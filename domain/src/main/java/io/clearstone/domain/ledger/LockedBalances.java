package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.util.Map;

/** The balances a journal request touches, locked for the rest of the transaction, before the request is applied. */
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
