package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A trade executed elsewhere and cleared here: immutable once accepted. */
@Entity
@Table(name = "trade")
public class Trade {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_seq")
    @SequenceGenerator(name = "trade_seq", sequenceName = "trade_seq", allocationSize = 50)
    private Long id;
    @Column(name = "instrument_id", updatable = false)
    private long instrumentId;
    @Column(name = "buyer_account", updatable = false)
    private long buyerAccount;
    @Column(name = "seller_account", updatable = false)
    private long sellerAccount;
    @Column(updatable = false)
    private BigDecimal quantity;
    @Column(updatable = false)
    private BigDecimal price;
    @Column(name = "traded_at", updatable = false)
    private Instant tradedAt;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "journal_tx", updatable = false)
    private Long journalTransaction;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Trade() {
    }

    Trade(TradeRequest request, String submittedBy, Long journalTransaction, Instant createdAt) {
        this.instrumentId = request.instrumentId();
        this.buyerAccount = request.buyerAccountId();
        this.sellerAccount = request.sellerAccountId();
        this.quantity = request.quantity();
        this.price = request.price();
        this.tradedAt = request.tradedAt();
        this.submittedBy = submittedBy;
        this.journalTransaction = journalTransaction;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long journalTransaction() {
        return journalTransaction;
    }
}
