package io.clearstone.web.api;

import io.clearstone.domain.shared.InvalidRequestException;

/**
 * Query parameters read as text and checked here: JAX-RS answers a parameter it cannot convert with 404, which would
 * tell a client the resource does not exist when only its parameter is wrong.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    static int intBetween(String name, String value, int min, int max) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the parameter named
        }
        throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter", name,
                name + " must be a whole number from " + min + " to " + max);
    }
}
