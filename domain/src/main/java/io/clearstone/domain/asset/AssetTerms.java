package io.clearstone.domain.asset;

import java.math.BigDecimal;

import io.clearstone.domain.shared.FormerlyNamed;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What an administrator states to list an asset.
 *
 * @param symbol       ledger symbol, e.g. {@code BTC}
 * @param decimals     ledger scale: amounts of this asset carry at most this many decimals
 * @param kind         coin, stablecoin or token
 * @param collateral   whether balances count towards an account's collateral
 * @param collateralWeight the share of the market value that counts as collateral, in [0, 1] (a weight of 0.98 is
 *                     a 2% haircut); called {@code haircut} before, a name the API now refuses, since a haircut is
 *                     the share that does not count
 * @param oracleSymbol the oracle symbol that prices one unit in USD, e.g. {@code BTC-USD}
 */
public record AssetTerms(
        @NotNull @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be 2 to 16 upper-case letters or digits") String symbol,
        @NotNull @Min(0) @Max(18) Integer decimals,
        @NotNull AssetKind kind,
        @NotNull Boolean collateral,
        @FormerlyNamed(value = "haircut", reason = CollateralPolicy.WEIGHT_NOT_HAIRCUT)
        @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 5) BigDecimal collateralWeight,
        @NotNull @Pattern(regexp = "[A-Z0-9]{2,12}-[A-Z0-9]{2,12}", message = "must look like BASE-QUOTE, e.g. BTC-USD") String oracleSymbol) {
}
