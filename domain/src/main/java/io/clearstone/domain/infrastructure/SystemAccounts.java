package io.clearstone.domain.infrastructure;

import java.time.Clock;
import java.util.logging.Logger;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.ledger.BalanceRows;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

/**
 * Opens the platform's own accounts (custody, insurance fund, fees) the first time the platform starts. Nodes of a
 * cluster booting together on an empty database race for them: each account is opened in a transaction of its own,
 * and a node whose insert loses to another's (the system role is unique) finds the winner's account and goes on,
 * instead of failing its deployment.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class SystemAccounts {

    private static final Logger LOG = Logger.getLogger(SystemAccounts.class.getName());

    @Inject
    AccountRepository accounts;
    @Inject
    BalanceRows balanceRows;
    @Inject
    Clock clock;
    @Resource
    UserTransaction transaction;

    @PostConstruct
    void openMissing() {
        for (SystemAccount role : SystemAccount.values()) {
            try {
                open(role);
            } catch (Exception lost) {
                rollBack();
                if (!exists(role)) {
                    throw new IllegalStateException("cannot open the system account " + role, lost);
                }
                LOG.info(() -> "system account " + role + " was opened by another node at the same time");
            }
        }
    }

    private void open(SystemAccount role) throws Exception {
        transaction.begin();
        if (accounts.system(role).isEmpty()) {
            Account account = Account.system(role, clock.instant());
            accounts.add(account);
            balanceRows.openForAccount(account.id());
        }
        transaction.commit();
    }

    private boolean exists(SystemAccount role) {
        try {
            transaction.begin();
            try {
                return accounts.system(role).isPresent();
            } finally {
                transaction.commit();
            }
        } catch (Exception e) {
            rollBack();
            return false;
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception ignored) {
            // nothing left to undo
        }
    }
}
