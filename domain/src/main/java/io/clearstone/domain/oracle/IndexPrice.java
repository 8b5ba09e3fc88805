package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current index of a symbol. Its row is also the lock that serialises index updates of that symbol across
 * threads and servers.
 */
@Entity
@Table(name = "index_price")
public class IndexPrice {

    @Id
    private String symbol;
    private BigDecimal price;
    @Column(name = "source_count")
    private int sourceCount;
    @Column(name = "updated_at")
    private Instant updatedAt;
    /** The new index the circuit breaker holds back, {@code null} while the symbol is not halted. */
    @Column(name = "held_price")
    private BigDecimal heldPrice;
    @Column(name = "held_since")
    private Instant heldSince;
    /** The reporters whose quorum tripped the breaker, comma-separated: a confirmation must come from others. */
    @Column(name = "held_by")
    private String heldBy;
    /** The circuit breaker measures moves from the index at this instant at the earliest (a confirmed new level). */
    @Column(name = "band_from")
    private Instant bandFrom;
    @Version
    private long version;

    protected IndexPrice() {
    }

    public IndexPrice(String symbol) {
        this.symbol = symbol;
    }

    void update(BigDecimal price, int sourceCount, Instant at) {
        this.price = price;
        this.sourceCount = sourceCount;
        this.updatedAt = at;
    }

    void hold(BigDecimal price, java.util.Set<String> reporters, Instant at) {
        if (heldPrice == null) {
            this.heldSince = at;
            this.heldBy = String.join(",", new java.util.TreeSet<>(reporters));
        }
        this.heldPrice = price;
    }

    /** Ends a halt; the breaker's band starts afresh from the index at {@code at}. */
    void clearHold(Instant at) {
        this.heldPrice = null;
        this.heldSince = null;
        this.heldBy = null;
        this.bandFrom = at;
    }

    public boolean halted() {
        return heldPrice != null;
    }

    public BigDecimal heldPrice() {
        return heldPrice;
    }

    public Instant heldSince() {
        return heldSince;
    }

    public java.util.Set<String> heldBy() {
        return heldBy == null || heldBy.isEmpty() ? java.util.Set.of()
                : new java.util.TreeSet<>(java.util.List.of(heldBy.split(",")));
    }

    public Instant bandFrom() {
        return bandFrom;
    }

    public String symbol() {
        return symbol;
    }

    /** The index, or {@code null} before a quorum of sources has reported. */
    public BigDecimal price() {
        return price;
    }

    public int sourceCount() {
        return sourceCount;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
