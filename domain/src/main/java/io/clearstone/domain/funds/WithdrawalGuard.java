package io.clearstone.domain.funds;

/**
 * Extension point consulted before every withdrawal, after the free-balance check, inside the withdrawal's
 * transaction. The margin engine implements it to refuse a withdrawal that would leave the account below initial
 * margin. Implementations are CDI beans; every one found is consulted.
 */
public interface WithdrawalGuard {

    /**
     * Refuses the withdrawal by throwing a {@link io.clearstone.domain.shared.ClearingException} that names the
     * reason; returns normally to allow it.
     */
    void check(WithdrawalAttempt attempt);
}
