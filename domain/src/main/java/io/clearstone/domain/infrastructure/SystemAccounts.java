package io.clearstone.domain.infrastructure;

import java.time.Clock;
import java.util.Arrays;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.ledger.BalanceRows;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** Opens the platform's own accounts (custody, insurance fund, fees) the first time the platform starts. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SystemAccounts {

    @Inject
    AccountRepository accounts;
    @Inject
    BalanceRows balanceRows;
    @Inject
    Clock clock;

    @PostConstruct
    void openMissing() {
        Arrays.stream(SystemAccount.values())
                .filter(role -> accounts.system(role).isEmpty())
                .forEach(role -> {
                    Account account = Account.system(role, clock.instant());
                    accounts.add(account);
                    balanceRows.openForAccount(account.id());
                });
    }
}
