package io.clearstone.domain.account;

/** Cross: every position shares the account's collateral. Isolated: each position has its own. */
public enum MarginMode {
    CROSS, ISOLATED
}
