package io.clearstone.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;

class DatabaseFailuresTest {

    @Test
    void recognisesAUniqueKeyViolationAnywhereInTheCauseChain() {
        Exception wrapped = new RuntimeException("tx rolled back",
                new IllegalStateException(new SQLException("duplicate key", "23505")));
        assertThat(DatabaseFailures.isUniqueViolation(wrapped)).isTrue();
        assertThat(DatabaseFailures.isUniqueViolation(new RuntimeException(new SQLException("deadlock", "40P01"))))
                .isFalse();
    }

    @Test
    void aVersionConflictOrATakenKeyIsAConcurrentChange() {
        assertThat(DatabaseFailures.isConcurrentChange(new RuntimeException(new OptimisticLockException()))).isTrue();
        assertThat(DatabaseFailures.isConcurrentChange(new SQLException("duplicate key", "23505"))).isTrue();
        assertThat(DatabaseFailures.isConcurrentChange(new IllegalStateException("other"))).isFalse();
    }
}
