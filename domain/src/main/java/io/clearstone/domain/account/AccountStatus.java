package io.clearstone.domain.account;

/** Where an account is in its life: active, being liquidated, bankrupt (deficit covered by others), or closed. */
public enum AccountStatus {
    ACTIVE, IN_LIQUIDATION, BANKRUPT, CLOSED
}
