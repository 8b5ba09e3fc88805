package io.clearstone.domain.funds;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * An amount of an asset to deposit or withdraw.
 *
 * @param asset  a listed asset's symbol
 * @param amount strictly positive, with at most the asset's decimals; bounded so that no request can make the
 *               server expand an absurd exponent
 */
public record MoneyMovement(
        @NotNull @Pattern(regexp = "[A-Z0-9]{2,16}", message = "must be a listed asset symbol") String asset,
        @NotNull @Positive @Digits(integer = 20, fraction = 18) BigDecimal amount) {
}
