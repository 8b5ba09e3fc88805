package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An option chain to imply volatilities from.
 *
 * @param underlying the oracle symbol the options are on, e.g. {@code BTC-USD}
 * @param spot       the underlying's price the quotes were taken against; the fresh index when absent
 * @param rate       the continuously compounded rate to discount and grow the forward with (0.05 = 5%);
 *                   {@code clearstone.market.usd-rate} when absent
 * @param store      also replace the underlying's volatility surface with the implied one (only its surface
 *                   source's reporter may), through the same arbitrage checks as a pushed surface
 */
public record ImpliedVolatilityRequest(
        @NotNull @Size(min = 1, max = 32) String underlying,
        @Positive @Digits(integer = 20, fraction = 18) BigDecimal spot,
        @DecimalMin("-1") @DecimalMax("1") @Digits(integer = 1, fraction = 18) BigDecimal rate,
        @NotNull @Size(min = 1, max = 400) List<@NotNull @Valid OptionQuote> quotes,
        Boolean store) {
}
