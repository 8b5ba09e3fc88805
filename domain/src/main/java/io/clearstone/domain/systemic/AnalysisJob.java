package io.clearstone.domain.systemic;

import java.time.Instant;

/**
 * A long risk-graph run in the background, as its caller polls it.
 *
 * @param kind     what runs: what-if, thresholds, ranking
 * @param state    RUNNING, DONE or FAILED
 * @param progress the share done, 0 to 1
 * @param result   the answer once DONE (the same as the synchronous endpoint's; read back from its stored JSON)
 * @param error    why it FAILED
 */
public record AnalysisJob(String id, String kind, String state, double progress, Instant startedAt,
                          Instant finishedAt, Object result, String error) {

    static AnalysisJob started(String id, String kind, Instant at) {
        return new AnalysisJob(id, kind, "RUNNING", 0, at, null, null, null);
    }
}
