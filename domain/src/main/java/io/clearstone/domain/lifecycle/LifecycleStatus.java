package io.clearstone.domain.lifecycle;

/** Where a lifecycle event stands: waiting for its time, or run (once, for good). */
public enum LifecycleStatus {
    PENDING, DONE
}
