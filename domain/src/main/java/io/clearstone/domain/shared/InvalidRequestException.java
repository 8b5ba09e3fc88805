package io.clearstone.domain.shared;

/** A field is well-formed but not acceptable for a reason only the domain can see (e.g. too many decimals). */
public class InvalidRequestException extends ClearingException {

    public InvalidRequestException(String problemType, String title, String field, String detail) {
        super(problemType, title, 422, field, detail);
    }
}
