package io.clearstone.domain.shared;

/** One request field at fault and why. */
public record FieldViolation(String field, String message) {
}
