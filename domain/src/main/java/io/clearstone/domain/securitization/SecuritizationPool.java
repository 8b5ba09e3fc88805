package io.clearstone.domain.securitization;

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
import jakarta.persistence.Version;

/**
 * A securitization pool: a sponsor's assets moved into segregated accounts and the tranches that have a claim on
 * them. The collateral account holds pledged tokens, the collection account the servicer's remittances until the
 * period's waterfall pays them out, the reserve account the cash that takes losses first, and the issuance account the
 * other side of every note issued.
 */
@Entity
@Table(name = "credit_pool")
public class SecuritizationPool {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "credit_pool_seq")
    @SequenceGenerator(name = "credit_pool_seq", sequenceName = "credit_pool_seq", allocationSize = 50)
    private Long id;
    private String name;
    @Column(name = "sponsor_account_id", updatable = false)
    private long sponsorAccountId;
    @Column(updatable = false)
    private String servicer;
    @Column(name = "collateral_account_id", updatable = false)
    private long collateralAccountId;
    @Column(name = "collection_account_id", updatable = false)
    private long collectionAccountId;
    @Column(name = "reserve_account_id", updatable = false)
    private long reserveAccountId;
    @Column(name = "issuance_account_id", updatable = false)
    private long issuanceAccountId;
    @Column(name = "settlement_asset", updatable = false)
    private String settlementAsset;
    @Column(updatable = false)
    private String underlying;
    @Column(updatable = false)
    private BigDecimal correlation;
    @Enumerated(EnumType.STRING)
    @Column(name = "principal_mode", updatable = false)
    private PrincipalMode principalMode;
    @Column(name = "periods_per_year", updatable = false)
    private int periodsPerYear;
    @Column(name = "reserve_target", updatable = false)
    private BigDecimal reserveTarget;
    private int period;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected SecuritizationPool() {
    }

    /** The pool's accounts, opened before it. */
    public record Accounts(long collateral, long collection, long reserve, long issuance) {
    }

    public SecuritizationPool(String name, long sponsorAccountId, String servicer, Accounts accounts,
                              String settlementAsset,
                              String underlying, BigDecimal correlation, PrincipalMode principalMode,
                              int periodsPerYear, BigDecimal reserveTarget, Instant createdAt) {
        this.name = name;
        this.sponsorAccountId = sponsorAccountId;
        this.servicer = servicer;
        this.collateralAccountId = accounts.collateral();
        this.collectionAccountId = accounts.collection();
        this.reserveAccountId = accounts.reserve();
        this.issuanceAccountId = accounts.issuance();
        this.settlementAsset = settlementAsset;
        this.underlying = underlying;
        this.correlation = correlation;
        this.principalMode = principalMode;
        this.periodsPerYear = periodsPerYear;
        this.reserveTarget = reserveTarget;
        this.period = 1;
        this.createdAt = createdAt;
    }

    /** Closes the open period once its waterfall has run. */
    public void closePeriod() {
        period++;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public long sponsorAccountId() {
        return sponsorAccountId;
    }

    /** The oracle principal that services the pool: the only one whose reports it accepts. */
    public String servicer() {
        return servicer;
    }

    public Accounts accounts() {
        return new Accounts(collateralAccountId, collectionAccountId, reserveAccountId, issuanceAccountId);
    }

    public String settlementAsset() {
        return settlementAsset;
    }

    public String underlying() {
        return underlying;
    }

    public BigDecimal correlation() {
        return correlation;
    }

    public PrincipalMode principalMode() {
        return principalMode;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public BigDecimal reserveTarget() {
        return reserveTarget;
    }

    /** The open period, from 1. */
    public int period() {
        return period;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
