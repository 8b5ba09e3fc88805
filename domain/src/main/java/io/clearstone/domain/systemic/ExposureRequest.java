package io.clearstone.domain.systemic;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Registers an exposure between two nodes, each named by kind and name (a registered node, or a live one such as
 * platform/clearstone, institution/alice, asset/BTC, insurer/insurance-fund).
 *
 * @param kind  credit (source owes target), collateral (source holds target asset), oracle-dependency, insurance
 *              (source covers target up to limit), liquidity
 * @param limit for insurance, the most it pays; the amount when left out
 */
public record ExposureRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a lower-case word") String sourceKind,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = "must be 1-128 letters, digits or ._:@-") String sourceName,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a lower-case word") String targetKind,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:@-]{1,128}", message = "must be 1-128 letters, digits or ._:@-") String targetName,
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a lower-case word") String kind,
        @NotNull @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal amount,
        @DecimalMin("0") @Digits(integer = 20, fraction = 18) BigDecimal limit) {
}
