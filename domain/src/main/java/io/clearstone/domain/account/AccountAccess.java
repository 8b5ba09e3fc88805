package io.clearstone.domain.account;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may see and move which account. A trader sees only its own accounts; an account it may not see is reported
 * as not found, so ids cannot be probed. Risk officers read all and move none; administrators do both. Nobody moves a
 * system account's funds through the API, and no principal owns one (not even one named "system").
 */
@ApplicationScoped
public class AccountAccess {

    @Inject
    AccountRepository accounts;

    public Account readable(Caller caller, long accountId) {
        Account account = accounts.find(accountId).orElseThrow(() -> notFound(accountId));
        boolean ownsIt = !account.isSystem() && account.owner().equals(caller.name());
        if (!caller.readsEveryAccount() && !ownsIt) {
            throw notFound(accountId);
        }
        return account;
    }

    /** The account, if the caller may move funds on it: its owner, or an administrator. */
    public Account movable(Caller caller, long accountId) {
        Account account = readable(caller, accountId);
        if (account.isSystem()) {
            throw new ForbiddenOperationException("the funds of system account " + accountId
                    + " move only through the platform's own processes");
        }
        if (account.isSegregated()) {
            throw new ForbiddenOperationException("account " + accountId + " belongs to securitization pool "
                    + account.owner() + "; its funds move only through the pool's servicing and waterfall");
        }
        if (!account.owner().equals(caller.name()) && !caller.isAdmin()) {
            throw new ForbiddenOperationException("only the owner of account " + accountId + " may move its funds");
        }
        return account;
    }

    private static NotFoundException notFound(long accountId) {
        return new NotFoundException("account", "account", accountId);
    }
}
