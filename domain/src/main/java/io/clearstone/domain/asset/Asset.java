package io.clearstone.domain.asset;

import java.math.BigDecimal;

import io.clearstone.domain.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A listed asset. Listed by an administrator and never removed (the ledger refers to it); only its collateral policy
 * changes afterwards. Its {@code decimals} is the scale of every ledger amount in it.
 */
@Entity
@Table(name = "asset")
public class Asset {

    @Id
    private String symbol;
    private int decimals;
    @Enumerated(EnumType.STRING)
    private AssetKind kind;
    private boolean collateral;
    /** The share of the market value counted as collateral (the column was called haircut until V29). */
    @Column(name = "collateral_weight")
    private BigDecimal collateralWeight;
    @Column(name = "oracle_symbol")
    private String oracleSymbol;
    @Version
    private long version;

    protected Asset() {
    }

    public Asset(AssetTerms terms) {
        this.symbol = terms.symbol();
        this.decimals = terms.decimals();
        this.kind = terms.kind();
        this.oracleSymbol = terms.oracleSymbol();
        apply(new CollateralPolicy(terms.collateral(), terms.collateralWeight()));
    }

    public void apply(CollateralPolicy policy) {
        this.collateral = policy.collateral();
        this.collateralWeight = policy.collateralWeight();
    }

    /**
     * The amount at this asset's ledger scale. Refuses more decimals than the asset has rather than rounding: a
     * clearing house never invents or loses a fraction of a unit.
     *
     * @param field the request field the amount came from, named in the refusal
     */
    public BigDecimal toLedgerScale(BigDecimal amount, String field) {
        if (amount.stripTrailingZeros().scale() > decimals) {
            throw new InvalidRequestException("ledger/too-many-decimals", "Too many decimals", field,
                    amount.toPlainString() + " has more than the " + decimals + " decimals of " + symbol);
        }
        return amount.setScale(decimals);
    }

    /** The weight applied to market value when it counts as collateral: the policy's, or zero if not collateral. */
    public BigDecimal collateralWeight() {
        return collateral ? collateralWeight : BigDecimal.ZERO;
    }

    public String symbol() {
        return symbol;
    }

    public int decimals() {
        return decimals;
    }

    public AssetKind kind() {
        return kind;
    }

    public boolean isCollateral() {
        return collateral;
    }

    /** The policy as stated, the weight included when the asset is not accepted as collateral. */
    public CollateralPolicy collateralPolicy() {
        return new CollateralPolicy(collateral, collateralWeight);
    }

    public String oracleSymbol() {
        return oracleSymbol;
    }
}
