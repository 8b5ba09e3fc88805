package io.clearstone.domain.account;

import java.time.Clock;
import java.util.List;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.Roles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Opens accounts and shows them, with their balances and journal, within what the caller may see. */
@Stateless
public class AccountService {

    @Inject
    AccountRepository accounts;
    @Inject
    AccountAccess access;
    @Inject
    jakarta.enterprise.event.Event<AccountOpened> opened;
    @Inject
    Clock clock;

    public AccountView open(Caller caller, @NotNull @Valid OpenAccountRequest request) {
        String owner = request.owner() == null ? caller.name() : request.owner();
        if (!owner.equals(caller.name()) && !caller.isAdmin()) {
            throw new ForbiddenOperationException("a trader opens accounts only for itself");
        }
        if (!caller.hasRole(Roles.TRADER) && !caller.isAdmin()) {
            throw new ForbiddenOperationException("only traders and administrators open accounts");
        }
        if (request.marginMethod() == MarginMethod.SEGREGATED) {
            throw new io.clearstone.domain.shared.InvalidRequestException("account/segregated-by-pools-only",
                    "Segregated accounts belong to pools", "marginMethod",
                    "only a securitization pool opens SEGREGATED accounts; choose STANDARD or PORTFOLIO");
        }
        MarginMode mode = request.marginMode() == null ? MarginMode.CROSS : request.marginMode();
        Account account = Account.open(owner, mode,
                request.marginMethod() == null ? MarginMethod.STANDARD : request.marginMethod(), clock.instant());
        accounts.add(account);
        opened.fire(new AccountOpened(account.id()));
        return AccountView.of(account);
    }

    public List<AccountView> visibleTo(Caller caller) {
        List<Account> visible = caller.readsEveryAccount() ? accounts.all() : accounts.ownedBy(caller.name());
        return visible.stream().map(AccountView::of).toList();
    }

    public AccountView get(Caller caller, long accountId) {
        return AccountView.of(access.readable(caller, accountId));
    }

}
