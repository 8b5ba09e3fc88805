package io.clearstone.domain.shared;

import java.util.Set;

/**
 * Fired inside a transaction that changed accounts' balances or positions; observers that keep views of accounts
 * (the margin book) refresh them once it commits.
 */
public record AccountsChanged(Set<Long> accountIds) {

    public AccountsChanged {
        accountIds = Set.copyOf(accountIds);
    }

    public static AccountsChanged of(Long... accountIds) {
        return new AccountsChanged(Set.of(accountIds));
    }
}
