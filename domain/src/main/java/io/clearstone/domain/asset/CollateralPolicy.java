package io.clearstone.domain.asset;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** Whether an asset counts as collateral, and at which weight; the only asset terms that change after listing. */
public record CollateralPolicy(
        @NotNull Boolean collateral,
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 5) BigDecimal haircut) {
}
