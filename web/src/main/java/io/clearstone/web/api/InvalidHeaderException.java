package io.clearstone.web.api;

import io.clearstone.domain.shared.ClearingException;

/** A required request header is missing or malformed. */
public class InvalidHeaderException extends ClearingException {

    public InvalidHeaderException(String problemType, String title, String header, String detail) {
        super(problemType, title, 400, header, detail);
    }
}
