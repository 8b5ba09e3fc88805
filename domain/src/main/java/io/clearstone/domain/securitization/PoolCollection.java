package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** What the servicer reported and remitted for one loan in one period. Append-only. */
@Entity
@Table(name = "pool_collection")
public class PoolCollection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_collection_seq")
    @SequenceGenerator(name = "pool_collection_seq", sequenceName = "pool_collection_seq", allocationSize = 50)
    private Long id;
    @Column(name = "pool_id", updatable = false)
    private long poolId;
    @Column(updatable = false)
    private int period;
    @Column(name = "pool_asset_id", updatable = false)
    private long poolAssetId;
    @Column(updatable = false)
    private BigDecimal interest;
    @Column(updatable = false)
    private BigDecimal principal;
    @Column(updatable = false)
    private BigDecimal defaulted;
    @Column(updatable = false)
    private BigDecimal recovered;
    @Column(name = "journal_id", updatable = false)
    private Long journalId;
    @Column(name = "reported_by", updatable = false)
    private String reportedBy;
    @Column(name = "reported_at", updatable = false)
    private Instant reportedAt;

    protected PoolCollection() {
    }

    public PoolCollection(long poolId, int period, long poolAssetId, BigDecimal interest, BigDecimal principal,
                          BigDecimal defaulted, BigDecimal recovered, Long journalId, String reportedBy,
                          Instant reportedAt) {
        this.poolId = poolId;
        this.period = period;
        this.poolAssetId = poolAssetId;
        this.interest = interest;
        this.principal = principal;
        this.defaulted = defaulted;
        this.recovered = recovered;
        this.journalId = journalId;
        this.reportedBy = reportedBy;
        this.reportedAt = reportedAt;
    }

    public BigDecimal interest() {
        return interest;
    }

    public BigDecimal principal() {
        return principal;
    }

    public BigDecimal defaulted() {
        return defaulted;
    }

    public BigDecimal recovered() {
        return recovered;
    }
}
