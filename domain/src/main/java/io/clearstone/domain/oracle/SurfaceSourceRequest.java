package io.clearstone.domain.oracle;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers a volatility-surface source of one underlying.
 *
 * @param reporter the principal (role oracle) allowed to replace the underlying's surface
 */
public record SurfaceSourceRequest(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}", message = "lower-case letters, digits, . _ -") String name,
        @NotNull @Size(min = 1, max = 32) String underlying,
        @NotNull @Size(max = 256) String description,
        @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "must be a principal name") String reporter) {
}
