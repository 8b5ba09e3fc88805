package io.clearstone.domain.asset;

import java.math.BigDecimal;

import io.clearstone.domain.shared.FormerlyNamed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * Whether an asset counts as collateral, and at which weight (the share of its market value counted: 1 − its
 * haircut); the only asset terms that change after listing.
 */
public record CollateralPolicy(
        @NotNull Boolean collateral,
        @FormerlyNamed(value = "haircut", reason = CollateralPolicy.WEIGHT_NOT_HAIRCUT)
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 5) BigDecimal collateralWeight) {

    /** Why asset requests no longer take {@code haircut}: the value they carried was the share counted. */
    public static final String WEIGHT_NOT_HAIRCUT = "a haircut is the share of the value not counted; the share counted "
            + "is now the collateralWeight (a weight of 0.98 is a 2% haircut)";
}
