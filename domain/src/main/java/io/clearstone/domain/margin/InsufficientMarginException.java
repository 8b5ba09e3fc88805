package io.clearstone.domain.margin;

import io.clearstone.domain.shared.InvalidRequestException;

/** The request would leave an account's equity below its initial margin. */
public class InsufficientMarginException extends InvalidRequestException {

    public InsufficientMarginException(long accountId, double equityUsd, double initialMarginUsd, String field) {
        super("risk/insufficient-margin", "Insufficient margin", field, String.format(java.util.Locale.ROOT,
                "account %d would have equity of %.2f USD against an initial margin of %.2f USD", accountId,
                equityUsd, initialMarginUsd));
    }
}
