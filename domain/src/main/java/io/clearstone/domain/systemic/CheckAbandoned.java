package io.clearstone.domain.systemic;

import io.clearstone.domain.shared.ClearingException;

/**
 * A systemic-risk check gave up before its answer: it ran past its time budget, or the application is stopping.
 * Nothing was written; the previous answer stands. A {@link ClearingException}, so it crosses the EJB boundary as is
 * and reaches a client as a 503 problem rather than a 500.
 */
public class CheckAbandoned extends ClearingException {

    public CheckAbandoned(String detail) {
        super("risk-graph/check-abandoned", "Systemic-risk check abandoned", 503, null, detail);
    }
}
