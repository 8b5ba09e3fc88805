package io.clearstone.domain.shared;

/** The caller is known but its roles do not allow this operation on this object. */
public class ForbiddenOperationException extends ClearingException {

    public ForbiddenOperationException(String detail) {
        super("security/forbidden", "Operation not allowed", 403, null, detail);
    }
}
