package io.clearstone.domain.oracle;

/** A registered volatility-surface source. */
public record SurfaceSourceView(String name, String underlying, String description, String reporter,
                                boolean enabled) {
}
