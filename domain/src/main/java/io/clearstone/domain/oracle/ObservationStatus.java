package io.clearstone.domain.oracle;

/**
 * How an observation was taken on arrival: counted in the index, held as suspect (deviates without a quorum behind
 * it), stale (older than the staleness window), or pending (consistent, but too few sources for an index yet).
 */
public enum ObservationStatus {
    ACCEPTED, SUSPECT, STALE, PENDING
}
