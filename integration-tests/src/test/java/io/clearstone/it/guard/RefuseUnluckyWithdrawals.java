package io.clearstone.it.guard;

import java.math.BigDecimal;

import io.clearstone.domain.funds.WithdrawalAttempt;
import io.clearstone.domain.funds.WithdrawalGuard;
import io.clearstone.domain.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A stand-in for the margin engine: refuses any withdrawal of exactly 13.13 and any that would leave less than
 * 10 units behind, through the same hook the margin engine will use.
 */
@ApplicationScoped
public class RefuseUnluckyWithdrawals implements WithdrawalGuard {

    static final BigDecimal UNLUCKY = new BigDecimal("13.13");
    static final BigDecimal FLOOR = BigDecimal.TEN;

    @Override
    public void check(WithdrawalAttempt attempt) {
        if (attempt.amount().compareTo(UNLUCKY) == 0 || attempt.balanceAfter().compareTo(FLOOR) < 0) {
            throw new InvalidRequestException("risk/withdrawal-refused-by-guard", "Withdrawal refused", "amount",
                    "a guard refused a withdrawal leaving " + attempt.balanceAfter().toPlainString() + " "
                            + attempt.asset().symbol() + " on account " + attempt.account().id());
        }
    }
}
