package io.clearstone.riskgraph;

/** A node's state in DebtRank's distress propagation (Battiston et al. 2012: U, D, I). */
public enum DistressState {
    /** No distress has reached it. */
    UNDISTRESSED,
    /**
     * Distressed, and (in classic DebtRank) about to pass its distress on once. Differential DebtRank has no inactive
     * state: there, every node that any distress reached ends in this state.
     */
    DISTRESSED,
    /** Classic DebtRank: it has passed its distress on and passes on nothing more, though it may still take losses. */
    INACTIVE
}
