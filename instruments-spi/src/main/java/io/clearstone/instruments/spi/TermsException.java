package io.clearstone.instruments.spi;

import java.util.List;
import java.util.stream.Collectors;

/** Terms that cannot be decoded or resolved, with every field at fault. */
public class TermsException extends RuntimeException {

    private final List<Violation> violations;

    public TermsException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static TermsException of(String field, String message) {
        return new TermsException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
