package io.clearstone.domain.account;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opens an account.
 *
 * @param owner      the owning principal; a trader may leave it out or name only itself, an admin names anyone
 * @param marginMode   cross unless stated
 * @param marginMethod standard unless stated
 */
public record OpenAccountRequest(
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String owner,
        MarginMode marginMode, MarginMethod marginMethod) {
}
