package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One published index change; the time-weighted average is computed from these. */
@Entity
@Table(name = "index_price_history")
public class IndexPriceHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "index_history_seq")
    @SequenceGenerator(name = "index_history_seq", sequenceName = "index_history_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private String symbol;
    @Column(updatable = false)
    private BigDecimal price;
    @Column(name = "effective_at", updatable = false)
    private Instant effectiveAt;

    protected IndexPriceHistory() {
    }

    public IndexPriceHistory(String symbol, BigDecimal price, Instant effectiveAt) {
        this.symbol = symbol;
        this.price = price;
        this.effectiveAt = effectiveAt;
    }

    public PricePoint point() {
        return new PricePoint(price, effectiveAt);
    }
}
