package io.clearstone.domain.account;

import java.time.Instant;

/** An account as the API shows it. */
public record AccountView(long id, String owner, SystemAccount systemRole, MarginMode marginMode,
                          MarginMethod marginMethod, AccountStatus status, Instant createdAt) {

    public static AccountView of(Account account) {
        return new AccountView(account.id(), account.owner(), account.systemRole(), account.marginMode(),
                account.marginMethod(), account.status(), account.createdAt());
    }
}
