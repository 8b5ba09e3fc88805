package io.clearstone.domain.instrument;

/** Active until its lifecycle ends it (an option's expiry settles it). */
public enum InstrumentStatus {
    ACTIVE, SETTLED
}
