package io.clearstone.domain.ledger;

import java.util.List;

import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.shared.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** An account's balances and journal, for whoever may read the account (its owner, or a role that reads all). */
@Stateless
public class AccountStatements {

    @Inject
    AccountAccess access;
    @Inject
    LedgerQueries ledger;

    public List<BalanceView> balances(Caller caller, long accountId) {
        access.readable(caller, accountId);
        return ledger.balances(accountId);
    }

    /** The newest {@code limit} journal legs of the account, newest first. */
    public List<JournalEntryView> journal(Caller caller, long accountId, int limit) {
        access.readable(caller, accountId);
        return ledger.journal(accountId, limit);
    }
}
