package io.clearstone.domain.oracle;

/** A source's latest quote and the principal that reported it (the source's reporter). */
public record ReportedQuote(String reporter, Quote quote) {
}
