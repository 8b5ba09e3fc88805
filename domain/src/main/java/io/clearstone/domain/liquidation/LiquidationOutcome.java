package io.clearstone.domain.liquidation;

import java.math.BigDecimal;

/**
 * What one liquidation event says happened to one account, before it is stamped with the margin that caused it: the
 * kind and reason always, the position moved ({@link #moved}) and the cash ({@link #cash}) and counterparty
 * ({@link #against}) when there are any. Built by name rather than by ten positional arguments, most of them null.
 */
record LiquidationOutcome(long accountId, LiquidationKind kind, Long instrumentId, BigDecimal quantity,
                          BigDecimal price, Long counterpartyAccountId, String asset, BigDecimal amount,
                          String reason) {

    static LiquidationOutcome of(long accountId, LiquidationKind kind, String reason) {
        return new LiquidationOutcome(accountId, kind, null, null, null, null, null, null, reason);
    }

    /** Contracts of an instrument moved (signed as the account's position was), at a price. */
    LiquidationOutcome moved(long instrument, BigDecimal contracts, BigDecimal at) {
        return new LiquidationOutcome(accountId, kind, instrument, contracts, at, counterpartyAccountId, asset, amount,
                reason);
    }

    /** The account on the other side (a holder, the backstop, the insurance fund, the bankrupt account). */
    LiquidationOutcome against(Long counterparty) {
        return new LiquidationOutcome(accountId, kind, instrumentId, quantity, price, counterparty, asset, amount,
                reason);
    }

    /** Cash the account received (> 0) or gave up (< 0). */
    LiquidationOutcome cash(String cashAsset, BigDecimal signedAmount) {
        return new LiquidationOutcome(accountId, kind, instrumentId, quantity, price, counterpartyAccountId, cashAsset,
                signedAmount, reason);
    }
}
