package io.clearstone.domain.funds;

import java.math.BigDecimal;

import io.clearstone.domain.shared.InvalidRequestException;

/** A withdrawal asks for more than the account's free balance in the asset. */
public class InsufficientBalanceException extends InvalidRequestException {

    public InsufficientBalanceException(long accountId, String asset, BigDecimal requested, BigDecimal free) {
        this(accountId, asset, requested, free, "amount");
    }

    /** @param field the request field that asked for the amount */
    public InsufficientBalanceException(long accountId, String asset, BigDecimal requested, BigDecimal free,
                                        String field) {
        super("ledger/insufficient-balance", "Insufficient free balance", field,
                "account " + accountId + " has " + free.toPlainString() + " " + asset + " free, "
                        + requested.toPlainString() + " requested");
    }
}
