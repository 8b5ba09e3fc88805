package io.clearstone.domain.oracle;

import java.util.List;

import io.clearstone.domain.shared.FieldViolation;
import io.clearstone.domain.shared.InvalidRequestException;

/** A surface cannot be stored from a chain some of whose quotes imply no volatility; every such quote named. */
public class UnsolvedQuotesException extends InvalidRequestException {

    private final List<FieldViolation> violations;

    UnsolvedQuotesException(List<QuoteProblem> problems) {
        super("oracle/unsolved-quotes", "Surface not stored: quotes without a volatility", problems.get(0).field(),
                problems.size() + " quote(s) imply no volatility, so no surface was stored: "
                        + problems.stream().map(p -> p.field() + " " + p.detail()).reduce((a, b) -> a + "; " + b)
                        .orElseThrow());
        this.violations = problems.stream().map(p -> new FieldViolation(p.field(), p.detail())).toList();
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
