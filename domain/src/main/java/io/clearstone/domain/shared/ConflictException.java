package io.clearstone.domain.shared;

/** The request contradicts the current state (a duplicate symbol, a conflicting observation, an inactive account). */
public class ConflictException extends ClearingException {

    public ConflictException(String problemType, String title, String field, String detail) {
        super(problemType, title, 409, field, detail);
    }
}
