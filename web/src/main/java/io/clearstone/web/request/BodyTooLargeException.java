package io.clearstone.web.request;

import io.clearstone.domain.shared.ClearingException;

/** A request body longer than the configured limit; refused before it is read whole. */
public class BodyTooLargeException extends ClearingException {

    public BodyTooLargeException(long limit) {
        super("request/body-too-large", "Request body too large", 413, null,
                "the request body exceeds the limit of " + limit + " bytes for this operation");
    }
}
