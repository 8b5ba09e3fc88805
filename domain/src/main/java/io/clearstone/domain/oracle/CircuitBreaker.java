package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last line against a forged quorum: a new index further than {@code maxMovePerInterval} from the index at the
 * start of the move interval is held, not published, until a second quorum of reporters independent of the ones that
 * tripped the breaker confirms it (or an administrator releases it).
 */
public final class CircuitBreaker {

    private CircuitBreaker() {
    }

    /** Whether moving from {@code reference} to {@code candidate} exceeds the band; no reference, no band. */
    public static boolean trips(BigDecimal reference, BigDecimal candidate, IndexRules rules) {
        return reference != null && reference.signum() > 0
                && candidate.subtract(reference).abs().compareTo(reference.multiply(rules.maxMovePerInterval())) > 0;
    }

    /** The confirming reporters that are not among those that tripped the breaker. */
    public static Set<String> independentOf(Set<String> trippedBy, Set<String> confirmingReporters) {
        Set<String> independent = new TreeSet<>(confirmingReporters);
        independent.removeAll(trippedBy);
        return independent;
    }

    /** Whether the independent reporters among {@code confirmingReporters} reach the quorum. */
    public static boolean confirms(Set<String> trippedBy, Set<String> confirmingReporters, IndexRules rules) {
        return independentOf(trippedBy, confirmingReporters).size() >= rules.minQuorum();
    }
}
