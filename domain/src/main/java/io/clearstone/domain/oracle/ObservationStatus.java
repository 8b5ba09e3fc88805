package io.clearstone.domain.oracle;

/**
 * How an observation was taken on arrival: counted in the index, held as suspect (deviates without a quorum behind
 * it), stale (older than the staleness window), pending (consistent, but too few reporters for an index yet), or
 * held (its quorum moved the index beyond the circuit breaker's band: the move waits for an independent confirmation).
 */
public enum ObservationStatus {
    ACCEPTED, SUSPECT, STALE, PENDING, HELD
}
