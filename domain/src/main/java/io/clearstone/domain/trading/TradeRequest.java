package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A matched trade to clear.
 *
 * @param quantity contracts, positive; the buyer goes long that many, the seller short
 * @param price    per contract, in the instrument's settlement asset; the premium quantity × price moves from buyer
 *                 to seller, rounded half-even to the asset's decimals
 */
public record TradeRequest(
        @NotNull Long instrumentId,
        @NotNull Long buyerAccountId,
        @NotNull Long sellerAccountId,
        @NotNull @Positive @Digits(integer = 12, fraction = 8) BigDecimal quantity,
        @NotNull @PositiveOrZero @Digits(integer = 20, fraction = 18) BigDecimal price,
        @NotNull Instant tradedAt) {
}
