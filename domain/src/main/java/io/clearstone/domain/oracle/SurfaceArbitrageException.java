package io.clearstone.domain.oracle;

import java.util.List;
import java.util.function.IntFunction;

import io.clearstone.domain.shared.FieldViolation;
import io.clearstone.domain.shared.InvalidRequestException;

/**
 * A surface with static arbitrage: every offending point is named (a pushed surface's {@code points[i].volatility},
 * or the {@code quotes[i].price} a surface was implied from) with the strikes and expiries involved; the first is the
 * problem's {@code field}.
 */
public class SurfaceArbitrageException extends InvalidRequestException {

    private final List<FieldViolation> violations;

    SurfaceArbitrageException(String problemType, String kind, IntFunction<String> fieldOf,
                              List<SurfaceArbitrage.Finding> findings) {
        super(problemType, "Volatility surface refused: " + kind, fieldOf.apply(findings.get(0).index()),
                findings.stream().map(SurfaceArbitrage.Finding::message).reduce((a, b) -> a + "; " + b)
                        .orElseThrow());
        this.violations = findings.stream().map(f -> new FieldViolation(fieldOf.apply(f.index()), f.message()))
                .toList();
    }

    @Override
    public List<FieldViolation> violations() {
        return violations;
    }
}
