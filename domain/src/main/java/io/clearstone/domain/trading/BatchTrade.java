package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One trade of a batch: a {@link TradeRequest} with the venue's own id for it, which makes the trade idempotent
 * across batches (the same venue sending the same client id again gets the original result).
 */
public record BatchTrade(
        @NotNull @Pattern(regexp = "[!-~]{1,48}") String clientTradeId,
        @NotNull Long instrumentId,
        @NotNull Long buyerAccountId,
        @NotNull Long sellerAccountId,
        @NotNull @Positive @Digits(integer = 12, fraction = 8) BigDecimal quantity,
        @NotNull @PositiveOrZero @Digits(integer = 20, fraction = 18) BigDecimal price,
        @NotNull Instant tradedAt) {

    public TradeRequest toRequest() {
        return new TradeRequest(instrumentId, buyerAccountId, sellerAccountId, quantity, price, tradedAt);
    }
}
