package io.clearstone.domain.ledger;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One leg of a journal transaction: a signed amount of an asset on an account. Credits to a holder are positive,
 * debits negative; the legs of a transaction sum to zero per asset.
 */
public record Posting(long accountId, String asset, BigDecimal amount) {

    public Posting {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() == 0) {
            throw new IllegalArgumentException("a posting moves a non-zero amount");
        }
    }

    public static Posting of(long accountId, String asset, BigDecimal amount) {
        return new Posting(accountId, asset, amount);
    }

    public BalanceKey key() {
        return new BalanceKey(accountId, asset);
    }
}
