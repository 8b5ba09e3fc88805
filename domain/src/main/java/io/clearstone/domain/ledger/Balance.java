package io.clearstone.domain.ledger;

import java.math.BigDecimal;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The running total of one asset on one account: always the sum of that pair's journal entries. Only
 * {@link Ledger} changes it, under a row lock, in the same transaction as the entries.
 */
@Entity
@Table(name = "balance")
public class Balance {

    @EmbeddedId
    private BalanceKey key;
    private BigDecimal amount;
    @Version
    private long version;

    protected Balance() {
    }

    Balance(BalanceKey key) {
        this.key = key;
        this.amount = BigDecimal.ZERO;
    }

    void apply(BigDecimal delta) {
        amount = amount.add(delta);
    }

    public BalanceKey key() {
        return key;
    }

    public BigDecimal amount() {
        return amount;
    }
}
