package io.clearstone.domain.ledger;

import java.math.BigDecimal;

/**
 * The ledger's check for one asset.
 *
 * @param balanceTotal          sum of all balances (user and system accounts); zero when the books balance
 * @param journalTotal          sum of all journal entries; zero when the books balance
 * @param mismatchedBalances    balances that differ from the sum of their own journal entries
 * @param unbalancedTransactions journal transactions whose legs in this asset do not sum to zero
 */
public record AssetReconciliation(String asset, BigDecimal balanceTotal, BigDecimal journalTotal,
                                  long mismatchedBalances, long unbalancedTransactions) {

    public boolean balanced() {
        return balanceTotal.signum() == 0 && journalTotal.signum() == 0 && mismatchedBalances == 0
                && unbalancedTransactions == 0;
    }
}
