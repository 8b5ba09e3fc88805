package io.clearstone.domain.ledger;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One leg of a {@link JournalTransaction}; immutable once booked. */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
    @SequenceGenerator(name = "journal_entry_seq", sequenceName = "journal_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_id", updatable = false)
    private JournalTransaction transaction;
    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Column(name = "asset_symbol", updatable = false)
    private String asset;
    @Column(updatable = false)
    private BigDecimal amount;

    protected JournalEntry() {
    }

    JournalEntry(JournalTransaction transaction, Posting posting) {
        this.transaction = transaction;
        this.accountId = posting.accountId();
        this.asset = posting.asset();
        this.amount = posting.amount();
    }

    public JournalTransaction transaction() {
        return transaction;
    }

    public long accountId() {
        return accountId;
    }

    public String asset() {
        return asset;
    }

    public BigDecimal amount() {
        return amount;
    }
}
