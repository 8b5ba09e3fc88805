package io.clearstone.domain.oracle;

/**
 * What the circuit breaker did: halted a symbol (a new index held back), let a held move through on an independent
 * quorum's confirmation or an administrator's release, or resumed because the sources came back within the band.
 */
public enum OracleAlertKind {
    HALTED, CONFIRMED, RELEASED, RESUMED
}
