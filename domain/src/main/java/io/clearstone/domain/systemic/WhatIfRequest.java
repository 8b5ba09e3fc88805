package io.clearstone.domain.systemic;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A what-if price shock.
 *
 * @param asset the asset node, e.g. {@code asset:ETH}
 * @param shock the relative fall, e.g. 0.3
 */
public record WhatIfRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}:[A-Za-z0-9._:@-]{1,128}", message = "must be kind:name") String asset,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal shock) {
}
