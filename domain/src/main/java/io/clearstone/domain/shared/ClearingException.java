package io.clearstone.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused a request. Each subclass names one condition and carries what a client needs to act on
 * it: a stable problem type (the catalogue in {@code docs/problems.md}), the HTTP status that fits, and the request
 * field at fault when there is one. An application exception, so the container rolls back and rethrows it as is.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class ClearingException extends RuntimeException {

    private final String problemType;
    private final String title;
    private final int status;
    private final String field;

    protected ClearingException(String problemType, String title, int status, String field, String detail) {
        super(detail);
        this.problemType = problemType;
        this.title = title;
        this.status = status;
        this.field = field;
    }

    /** Relative type, grouped by subsystem, e.g. {@code ledger/insufficient-balance}. */
    public String problemType() {
        return problemType;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The request field at fault, or {@code null} when the request as a whole is refused. */
    public String field() {
        return field;
    }

    /** Every field at fault with its reason; by default the one {@link #field()}, if any. */
    public java.util.List<FieldViolation> violations() {
        return field == null ? java.util.List.of() : java.util.List.of(new FieldViolation(field, getMessage()));
    }
}
