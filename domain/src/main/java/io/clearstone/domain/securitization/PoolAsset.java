package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.LocalDate;

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
 * One holding of a pool. A LOAN is a receivable the sponsor assigned (par, coupon, maturity, default probability,
 * recovery); its par falls as the servicer reports principal repaid or defaulted. COLLATERAL is tokens the sponsor
 * moved into the pool's collateral account, booked at their value when pledged.
 */
@Entity
@Table(name = "pool_asset")
public class PoolAsset {

    /** What a pool holds. */
    public enum Kind {
        LOAN, COLLATERAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_asset_seq")
    @SequenceGenerator(name = "pool_asset_seq", sequenceName = "pool_asset_seq", allocationSize = 50)
    private Long id;
    @Column(name = "pool_id", updatable = false)
    private long poolId;
    @Column(updatable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;
    @Column(name = "original_par", updatable = false)
    private BigDecimal originalPar;
    private BigDecimal par;
    @Column(updatable = false)
    private BigDecimal coupon;
    @Column(updatable = false)
    private LocalDate maturity;
    @Column(name = "default_probability", updatable = false)
    private BigDecimal defaultProbability;
    @Column(name = "recovery_rate", updatable = false)
    private BigDecimal recoveryRate;
    @Column(name = "collateral_asset", updatable = false)
    private String collateralAsset;
    @Column(name = "collateral_units", updatable = false)
    private BigDecimal collateralUnits;
    @Column(name = "defaulted_par")
    private BigDecimal defaultedPar;
    private BigDecimal recovered;
    @Version
    private long version;

    protected PoolAsset() {
    }

    private PoolAsset(long poolId, String name, Kind kind, BigDecimal par) {
        this.poolId = poolId;
        this.name = name;
        this.kind = kind;
        this.originalPar = par;
        this.par = par;
        this.defaultedPar = BigDecimal.ZERO;
        this.recovered = BigDecimal.ZERO;
    }

    public static PoolAsset loan(long poolId, String name, BigDecimal par, BigDecimal coupon, LocalDate maturity,
                                 BigDecimal defaultProbability, BigDecimal recoveryRate) {
        PoolAsset loan = new PoolAsset(poolId, name, Kind.LOAN, par);
        loan.coupon = coupon;
        loan.maturity = maturity;
        loan.defaultProbability = defaultProbability;
        loan.recoveryRate = recoveryRate;
        return loan;
    }

    public static PoolAsset collateral(long poolId, String name, BigDecimal par, String asset, BigDecimal units) {
        PoolAsset collateral = new PoolAsset(poolId, name, Kind.COLLATERAL, par);
        collateral.collateralAsset = asset;
        collateral.collateralUnits = units;
        return collateral;
    }

    /** Records what the servicer reported: par repaid and par defaulted leave the pool; recoveries are cash. */
    public void collect(BigDecimal principal, BigDecimal defaulted, BigDecimal recoveredNow) {
        par = par.subtract(principal).subtract(defaulted);
        defaultedPar = defaultedPar.add(defaulted);
        recovered = recovered.add(recoveredNow);
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

    public Kind kind() {
        return kind;
    }

    public BigDecimal originalPar() {
        return originalPar;
    }

    /** The performing par still in the pool. */
    public BigDecimal par() {
        return par;
    }

    public BigDecimal coupon() {
        return coupon;
    }

    public LocalDate maturity() {
        return maturity;
    }

    public BigDecimal defaultProbability() {
        return defaultProbability;
    }

    public BigDecimal recoveryRate() {
        return recoveryRate;
    }

    public String collateralAsset() {
        return collateralAsset;
    }

    public BigDecimal collateralUnits() {
        return collateralUnits;
    }

    public BigDecimal defaultedPar() {
        return defaultedPar;
    }

    public BigDecimal recovered() {
        return recovered;
    }
}
