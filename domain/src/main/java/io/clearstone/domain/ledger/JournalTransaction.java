package io.clearstone.domain.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One balanced movement of value, booked once and never changed: corrections are new transactions. Its entries are
 * the legs; for every asset they sum to zero.
 */
@Entity
@Table(name = "journal_transaction")
public class JournalTransaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
    @SequenceGenerator(name = "journal_seq", sequenceName = "journal_seq", allocationSize = 50)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private JournalType type;
    @Column(updatable = false)
    private String reference;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @OneToMany(mappedBy = "transaction", cascade = CascadeType.PERSIST)
    private List<JournalEntry> entries = new ArrayList<>();

    protected JournalTransaction() {
    }

    JournalTransaction(JournalRequest request, Instant createdAt) {
        this.type = request.type();
        this.reference = request.reference();
        this.createdAt = createdAt;
        request.postings().forEach(p -> entries.add(new JournalEntry(this, p)));
    }

    public Long id() {
        return id;
    }

    public JournalType type() {
        return type;
    }

    public String reference() {
        return reference;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<JournalEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
