package io.clearstone.domain.funds;

import java.math.BigDecimal;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.AccountStatus;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalTransaction;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Moves collateral between the outside world (the external custody account) and user accounts. A deposit credits the
 * account and debits custody; a withdrawal does the reverse once the free balance and every {@link WithdrawalGuard}
 * allow it.
 */
@Stateless
public class FundsService {

    @Inject
    AccountAccess access;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @EJB
    Ledger ledger;
    @Inject
    @Any
    Instance<WithdrawalGuard> guards;

    /** @param reference where the request came from, kept on the journal transaction for audit */
    public FundsReceipt deposit(Caller caller, long accountId, @NotNull @Valid MoneyMovement movement,
                                String reference) {
        Account account = access.movable(caller, accountId);
        if (account.status() == AccountStatus.CLOSED) {
            throw notActive(account);
        }
        Asset asset = assets.require(movement.asset(), "asset");
        BigDecimal amount = asset.toLedgerScale(movement.amount(), "amount");
        JournalTransaction booked = ledger.post(JournalRequest.transfer(JournalType.DEPOSIT, reference,
                custody().id(), accountId, asset.symbol(), amount));
        return receipt(booked, accountId, asset, amount);
    }

    public FundsReceipt withdraw(Caller caller, long accountId, @NotNull @Valid MoneyMovement movement,
                                 String reference) {
        Account account = access.movable(caller, accountId);
        Asset asset = assets.require(movement.asset(), "asset");
        BigDecimal amount = asset.toLedgerScale(movement.amount(), "amount");
        JournalTransaction booked = moveOut(account, asset, amount, JournalRequest.transfer(JournalType.WITHDRAWAL,
                reference, accountId, custody().id(), asset.symbol(), amount), "amount");
        return receipt(booked, accountId, asset, amount);
    }

    /**
     * Books {@code request}, which takes {@code amount} of {@code asset} out of {@code account}, checked as a
     * withdrawal is: the account active, its balance covering the amount, every {@link WithdrawalGuard} agreeing.
     *
     * @param field the request field a refusal names
     */
    public JournalTransaction moveOut(Account account, Asset asset, BigDecimal amount, JournalRequest request,
                                      String field) {
        return ledger.post(request, locked -> {
            // checked here, with the account locked, so that a concurrent liquidation cannot slip in between
            if (!account.isActive()) {
                throw notActive(account);
            }
            BigDecimal before = locked.before(account.id(), asset.symbol()).setScale(asset.decimals());
            if (before.compareTo(amount) < 0) {
                throw new InsufficientBalanceException(account.id(), asset.symbol(), amount, before, field);
            }
            WithdrawalAttempt attempt = new WithdrawalAttempt(account, asset, amount, before);
            guards.forEach(guard -> guard.check(attempt));
        });
    }

    private Account custody() {
        return accounts.system(SystemAccount.EXTERNAL_CUSTODY)
                .orElseThrow(() -> new IllegalStateException("the external custody account is created at start-up"));
    }

    private FundsReceipt receipt(JournalTransaction booked, long accountId, Asset asset, BigDecimal amount) {
        return new FundsReceipt(booked.id(), booked.type(), accountId, asset.symbol(), amount,
                balanceAfter(accountId, asset), booked.createdAt());
    }

    private BigDecimal balanceAfter(long accountId, Asset asset) {
        return ledger.balance(accountId, asset.symbol()).setScale(asset.decimals());
    }

    private static ConflictException notActive(Account account) {
        return new ConflictException("account/not-active", "Account not active", null,
                "account " + account.id() + " is " + account.status());
    }
}
