package io.clearstone.domain.securitization;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A tranche of a pool and the instrument its notes are. Rank 0 is the most senior. One note is one unit of the
 * original balance; the balance falls with principal repaid and losses written down.
 */
@Entity
@Table(name = "pool_tranche")
public class PoolTranche {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_tranche_seq")
    @SequenceGenerator(name = "pool_tranche_seq", sequenceName = "pool_tranche_seq", allocationSize = 50)
    private Long id;
    @Column(name = "pool_id", updatable = false)
    private long poolId;
    @Column(updatable = false)
    private String name;
    @Column(updatable = false)
    private int rank;
    @Column(updatable = false)
    private String seniority;
    @Column(updatable = false)
    private BigDecimal attachment;
    @Column(updatable = false)
    private BigDecimal detachment;
    @Column(updatable = false)
    private BigDecimal coupon;
    @Column(name = "original_balance", updatable = false)
    private BigDecimal originalBalance;
    private BigDecimal balance;
    @Column(name = "written_down")
    private BigDecimal writtenDown;
    @Column(name = "interest_shortfall")
    private BigDecimal interestShortfall;
    @Column(name = "instrument_id", updatable = false)
    private long instrumentId;
    @Version
    private long version;

    protected PoolTranche() {
    }

    public PoolTranche(long poolId, String name, int rank, String seniority, BigDecimal attachment,
                       BigDecimal detachment, BigDecimal coupon, BigDecimal originalBalance, long instrumentId) {
        this.poolId = poolId;
        this.name = name;
        this.rank = rank;
        this.seniority = seniority;
        this.attachment = attachment;
        this.detachment = detachment;
        this.coupon = coupon;
        this.originalBalance = originalBalance;
        this.balance = originalBalance;
        this.writtenDown = BigDecimal.ZERO;
        this.interestShortfall = BigDecimal.ZERO;
        this.instrumentId = instrumentId;
    }

    /** Applies a period's line of the waterfall. */
    public void apply(Waterfall.Line line) {
        balance = line.balanceAfter();
        writtenDown = writtenDown.add(line.writtenDown());
        interestShortfall = interestShortfall.add(line.interestDue().subtract(line.interestPaid()));
    }

    public Waterfall.Tranche state() {
        return new Waterfall.Tranche(id, balance, coupon);
    }

    public Long id() {
        return id;
    }

    public long poolId() {
        return poolId;
    }

    public String name() {
        return name;
    }

    public int rank() {
        return rank;
    }

    public String seniority() {
        return seniority;
    }

    public BigDecimal attachment() {
        return attachment;
    }

    public BigDecimal detachment() {
        return detachment;
    }

    public BigDecimal coupon() {
        return coupon;
    }

    public BigDecimal originalBalance() {
        return originalBalance;
    }

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal writtenDown() {
        return writtenDown;
    }

    public BigDecimal interestShortfall() {
        return interestShortfall;
    }

    public long instrumentId() {
        return instrumentId;
    }
}
