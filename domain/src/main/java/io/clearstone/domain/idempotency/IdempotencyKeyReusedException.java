package io.clearstone.domain.idempotency;

import io.clearstone.domain.shared.InvalidRequestException;

/** The client sent an Idempotency-Key it already used for a different request. */
public class IdempotencyKeyReusedException extends InvalidRequestException {

    public IdempotencyKeyReusedException(String key) {
        super("request/idempotency-key-reused", "Idempotency-Key reused for a different request",
                "Idempotency-Key", "key " + key + " was already used with a different request body or operation");
    }
}
