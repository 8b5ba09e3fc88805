package io.clearstone.domain.oracle;

/** A registered price source. */
public record SourceView(String name, String description, String reporter, boolean enabled) {

    static SourceView of(OracleSource source) {
        return new SourceView(source.name(), source.description(), source.reporter(), source.isEnabled());
    }
}
