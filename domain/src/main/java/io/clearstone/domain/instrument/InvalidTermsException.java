package io.clearstone.domain.instrument;

import java.util.List;

import io.clearstone.domain.shared.FieldViolation;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.instruments.spi.Violation;

/** An instrument's terms that its plugin cannot decode, finds invalid, or cannot resolve; every field named. */
public class InvalidTermsException extends InvalidRequestException {

    private final List<FieldViolation> violations;

    public InvalidTermsException(List<Violation> violations) {
        super("instrument/invalid-terms", "Invalid instrument terms",
                violations.isEmpty() ? "terms" : "terms." + violations.get(0).field(),
                violations.stream().map(v -> "terms." + v.field() + " " + v.message())
                        .reduce((a, b) -> a + "; " + b).orElse("invalid terms"));
        this.violations = violations.stream().map(v -> new FieldViolation("terms." + v.field(), v.message())).toList();
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
