package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** An administrator's index rules for a symbol (see {@link IndexRules}). */
public record SymbolRulesRequest(
        @NotNull @Min(1) @Max(86_400) Integer stalenessSeconds,
        @NotNull @Min(1) @Max(50) Integer minQuorum,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal maxDeviation) {

    public IndexRules rules() {
        return new IndexRules(Duration.ofSeconds(stalenessSeconds), minQuorum, maxDeviation);
    }
}
