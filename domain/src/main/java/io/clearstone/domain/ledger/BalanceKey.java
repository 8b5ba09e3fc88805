package io.clearstone.domain.ledger;

import java.io.Serializable;
import java.util.Comparator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Identifies a balance: one asset on one account. Ordered so that locks are always taken in the same order. */
@Embeddable
public record BalanceKey(@Column(name = "account_id") long accountId, @Column(name = "asset_symbol") String asset)
        implements Serializable, Comparable<BalanceKey> {

    private static final Comparator<BalanceKey> ORDER =
            Comparator.comparingLong(BalanceKey::accountId).thenComparing(BalanceKey::asset);

    @Override
    public int compareTo(BalanceKey other) {
        return ORDER.compare(this, other);
    }
}
