package io.clearstone.domain.shared;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

/** Recognises, anywhere in a failure's cause chain, the database conflicts that a retry can resolve. */
public final class DatabaseFailures {

    /** SQLSTATE for a unique-key violation, in both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** A unique key another transaction took first, or a version conflict. */
    public static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return isUniqueViolation(failure);
    }
}
