package io.clearstone.domain.oracle;

/** Why no volatility could be implied from one quote, shaped like an RFC 9457 problem; {@code field} is its path. */
public record QuoteProblem(String type, String title, String detail, String field) {
}
