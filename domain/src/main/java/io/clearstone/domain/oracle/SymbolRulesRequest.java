package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * An administrator's index rules for a symbol (see {@link IndexRules}). The circuit breaker's band and interval are
 * optional: left out, the symbol keeps the ones it has (the configured defaults when it was listed).
 */
public record SymbolRulesRequest(
        @NotNull @Min(1) @Max(86_400) Integer stalenessSeconds,
        @NotNull @Min(1) @Max(50) Integer minQuorum,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal maxDeviation,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("10") @Digits(integer = 2, fraction = 6) BigDecimal maxMovePerInterval,
        @Min(1) @Max(86_400) Integer moveIntervalSeconds) {

    /** These rules, the circuit breaker's taken from {@code current} where the request leaves it out. */
    public IndexRules rules(IndexRules current) {
        return new IndexRules(Duration.ofSeconds(stalenessSeconds), minQuorum, maxDeviation,
                maxMovePerInterval == null ? current.maxMovePerInterval() : maxMovePerInterval,
                moveIntervalSeconds == null ? current.moveInterval() : Duration.ofSeconds(moveIntervalSeconds));
    }
}
