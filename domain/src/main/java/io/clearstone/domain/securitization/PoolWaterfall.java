package io.clearstone.domain.securitization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A period's waterfall, once run: the (pool, period) key makes a second run of the same period impossible. */
@Entity
@Table(name = "pool_waterfall")
public class PoolWaterfall {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_waterfall_seq")
    @SequenceGenerator(name = "pool_waterfall_seq", sequenceName = "pool_waterfall_seq", allocationSize = 50)
    private Long id;
    @Column(name = "pool_id", updatable = false)
    private long poolId;
    @Column(updatable = false)
    private int period;
    @Column(name = "journal_id", updatable = false)
    private Long journalId;
    @Column(name = "ran_at", updatable = false)
    private Instant ranAt;
    @Column(name = "result_json", updatable = false)
    private String resultJson;

    protected PoolWaterfall() {
    }

    public PoolWaterfall(long poolId, int period, Long journalId, Instant ranAt, String resultJson) {
        this.poolId = poolId;
        this.period = period;
        this.journalId = journalId;
        this.ranAt = ranAt;
        this.resultJson = resultJson;
    }

    public int period() {
        return period;
    }

    public String resultJson() {
        return resultJson;
    }
}
