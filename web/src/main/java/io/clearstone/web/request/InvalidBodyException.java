package io.clearstone.web.request;

import java.util.List;
import java.util.stream.Collectors;

import io.clearstone.domain.shared.ClearingException;
import io.clearstone.domain.shared.FieldViolation;

/**
 * A request body that is JSON but does not fit the request: a value of the wrong JSON type, a number or date its field
 * cannot hold, a duplicate or unknown key, a control character. Refused before anything reads it, every field named.
 */
public class InvalidBodyException extends ClearingException {

    private final transient List<FieldViolation> violations;

    public InvalidBodyException(List<FieldViolation> violations) {
        super("request/invalid-value", "Invalid value in request body", 422, violations.get(0).field(),
                violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
