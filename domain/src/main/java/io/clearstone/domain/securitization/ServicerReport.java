package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the servicer collected on the pool's loans in the open period, remitted with the report: interest, principal
 * repaid, par defaulted and what was recovered on it (at most the defaulted par of the same line).
 */
public record ServicerReport(@NotEmpty @Size(max = 10_000) List<@NotNull @Valid Line> lines) {

    /** One loan's collections. */
    public record Line(@NotBlank String asset,
                       @NotNull @DecimalMin("0") BigDecimal interest,
                       @NotNull @DecimalMin("0") BigDecimal principal,
                       @NotNull @DecimalMin("0") BigDecimal defaulted,
                       @NotNull @DecimalMin("0") BigDecimal recovered) {
    }
}
