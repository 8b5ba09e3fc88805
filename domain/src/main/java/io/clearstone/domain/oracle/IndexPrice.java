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
