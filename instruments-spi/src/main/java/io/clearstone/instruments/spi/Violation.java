package io.clearstone.instruments.spi;

/**
 * Why a field of an instrument's terms is not acceptable.
 *
 * @param field the JSON property at fault, dotted for nested ones
 */
public record Violation(String field, String message) {
}
