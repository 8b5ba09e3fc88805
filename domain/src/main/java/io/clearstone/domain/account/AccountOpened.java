package io.clearstone.domain.account;

/**
 * An account was opened, in the transaction that opens it: what depends on accounts (the ledger's balance rows) is
 * told rather than called, so the account package knows nothing of them.
 */
public record AccountOpened(long accountId) {
}
