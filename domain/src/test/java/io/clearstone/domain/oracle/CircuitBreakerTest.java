package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final IndexRules RULES = new IndexRules(Duration.ofSeconds(60), 2, new BigDecimal("0.05"),
            new BigDecimal("0.2"), Duration.ofMinutes(5));

    @ParameterizedTest
    @CsvSource({
            "100, 80, false", "100, 120, false", "100, 79.99, true", "100, 70, true", "100, 170, true",
            "100, 120.01, true"})
    void tripsOnlyBeyondTheBand(String reference, String candidate, boolean trips) {
        assertThat(CircuitBreaker.trips(new BigDecimal(reference), new BigDecimal(candidate), RULES))
                .isEqualTo(trips);
    }

    @Test
    void noReferenceNoBand() {
        assertThat(CircuitBreaker.trips(null, new BigDecimal("1"), RULES)).isFalse();
    }

    @Test
    void onlyReportersIndependentOfTheTrippersConfirm() {
        Set<String> trippers = Set.of("venue-a", "venue-b");

        assertThat(CircuitBreaker.confirms(trippers, Set.of("venue-a", "venue-b", "venue-c"), RULES)).isFalse();
        assertThat(CircuitBreaker.confirms(trippers, Set.of("venue-a", "venue-b", "venue-c", "oracle2"), RULES))
                .isTrue();
        assertThat(CircuitBreaker.independentOf(trippers, Set.of("venue-b", "venue-c")))
                .containsExactly("venue-c");
    }
}
