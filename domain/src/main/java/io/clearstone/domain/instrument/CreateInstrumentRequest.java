package io.clearstone.domain.instrument;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Creates an instrument.
 *
 * @param type  an installed plugin's type id, e.g. {@code option.european}
 * @param terms the instrument's terms in the plugin's current terms version
 */
public record CreateInstrumentRequest(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9]*(\\.[a-z][a-z0-9-]*)*", message = "must be a plugin type id") String type,
        @NotNull JsonObject terms) {
}
