package io.clearstone.domain.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.shared.Decimals;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One event of one instrument's life (an expiry, a funding boundary, a daily settlement, a plugin's own kind), due at
 * a time. Created PENDING with its instrument (or by the run of the event before it, for a recurring kind); becomes
 * DONE once, with what the run booked, under a row lock; never changes after that. The (instrument, kind, due time)
 * key makes a second row for the same occurrence impossible.
 */
@Entity
@Table(name = "lifecycle_event")
public class LifecycleEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lifecycle_event_seq")
    @SequenceGenerator(name = "lifecycle_event_seq", sequenceName = "lifecycle_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "instrument_id", updatable = false)
    private long instrumentId;
    @Column(updatable = false)
    private String kind;
    @Column(name = "due_at", updatable = false)
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private LifecycleStatus status;
    @Column(name = "ran_at")
    private Instant ranAt;
    @Column(name = "settlement_price")
    private BigDecimal settlementPrice;
    private Integer positions;
    @Column(name = "journal_transaction_id")
    private Long journalTransactionId;
    @Version
    private long version;

    protected LifecycleEvent() {
    }

    public LifecycleEvent(long instrumentId, ScheduledEvent event) {
        this.instrumentId = instrumentId;
        this.kind = event.kind();
        this.dueAt = event.at();
        this.status = LifecycleStatus.PENDING;
    }

    /** Records the run; only once. */
    public void done(Instant at, BigDecimal price, int positionsTouched, Long journalTransaction) {
        if (status != LifecycleStatus.PENDING) {
            throw new IllegalStateException("lifecycle event " + id + " has already run");
        }
        this.status = LifecycleStatus.DONE;
        this.ranAt = at;
        this.settlementPrice = price;
        this.positions = positionsTouched;
        this.journalTransactionId = journalTransaction;
    }

    public boolean isDue(Instant now) {
        return status == LifecycleStatus.PENDING && !dueAt.isAfter(now);
    }

    /** The event as the plugin scheduled it. */
    public ScheduledEvent scheduled() {
        return new ScheduledEvent(kind, dueAt);
    }

    public LifecycleEventView view() {
        return new LifecycleEventView(id, instrumentId, kind, dueAt, status, ranAt, Decimals.plain(settlementPrice),
                positions, journalTransactionId);
    }

    public Long id() {
        return id;
    }

    public long instrumentId() {
        return instrumentId;
    }

    public String kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public LifecycleStatus status() {
        return status;
    }

    public BigDecimal settlementPrice() {
        return settlementPrice;
    }

    public Integer positions() {
        return positions;
    }

    public Long journalTransactionId() {
        return journalTransactionId;
    }

    public Instant ranAt() {
        return ranAt;
    }
}
