package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A circuit-breaker event of one symbol, kept for operations and the audit trail. */
@Entity
@Table(name = "oracle_alert")
public class OracleAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "oracle_alert_seq")
    @SequenceGenerator(name = "oracle_alert_seq", sequenceName = "oracle_alert_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private String symbol;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private OracleAlertKind kind;
    /** The published index when it happened. */
    @Column(name = "index_price", updatable = false)
    private BigDecimal indexPrice;
    /** The index the breaker held (or let through). */
    @Column(name = "held_price", updatable = false)
    private BigDecimal heldPrice;
    /** The reporters (or the administrator) behind it, comma-separated. */
    @Column(updatable = false)
    private String actors;
    @Column(updatable = false)
    private String detail;
    @Column(name = "raised_at", updatable = false)
    private Instant raisedAt;

    protected OracleAlert() {
    }

    public OracleAlert(String symbol, OracleAlertKind kind, BigDecimal indexPrice, BigDecimal heldPrice,
                       String actors, String detail, Instant raisedAt) {
        this.symbol = symbol;
        this.kind = kind;
        this.indexPrice = indexPrice;
        this.heldPrice = heldPrice;
        this.actors = actors;
        this.detail = detail;
        this.raisedAt = raisedAt;
    }

    public OracleAlertView view() {
        return new OracleAlertView(id, symbol, kind, io.clearstone.domain.shared.Decimals.plain(indexPrice),
                io.clearstone.domain.shared.Decimals.plain(heldPrice), actors, detail, raisedAt);
    }
}
