package io.clearstone.domain.funds;

import java.math.BigDecimal;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.asset.Asset;

/**
 * A withdrawal about to be booked, seen by each {@link WithdrawalGuard} while the account's balance in the asset is
 * locked.
 *
 * @param balanceBefore the account's balance in the asset before the withdrawal, at the asset's scale
 */
public record WithdrawalAttempt(Account account, Asset asset, BigDecimal amount, BigDecimal balanceBefore) {

    public BigDecimal balanceAfter() {
        return balanceBefore.subtract(amount);
    }
}
