package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class DistinctReportersTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final IndexRules RULES = new IndexRules(Duration.ofSeconds(60), 2, new BigDecimal("0.05"));
    private final MedianIndexCalculator calculator = new MedianIndexCalculator();

    @Test
    void sourcesOfOnePrincipalAreOneQuoteItsLatest() {
        DistinctReporters reporters = DistinctReporters.of(List.of(
                reported("oracle", "venue-a", "70", 3), reported("oracle", "venue-b", "71", 1),
                reported("oracle", "venue-c", "72", 2), reported("venue-x", "x", "100", 5)));

        assertThat(reporters.quotes()).extracting(Quote::source).containsExactlyInAnyOrder("venue-b", "x");
        assertThat(reporters.reportersOf(List.of("venue-a", "venue-c", "x"))).containsExactly("oracle", "venue-x");
    }

    @Test
    void oneCredentialForThreeSourcesCannotMoveAnIndexNorSetTheFirstOne() {
        List<ReportedQuote> forged = List.of(reported("oracle", "a", "70", 1), reported("oracle", "b", "70", 2),
                reported("oracle", "c", "70", 3));

        IndexDecision move = calculator.decide(DistinctReporters.of(forged).quotes(), new BigDecimal("100"), NOW,
                RULES);
        IndexDecision first = calculator.decide(DistinctReporters.of(forged).quotes(), null, NOW, RULES);

        assertThat(move.publishes()).as(move.reason()).isFalse();
        assertThat(first.publishes()).as(first.reason()).isFalse();
    }

    @Test
    void distinctPrincipalsStillMakeAQuorum() {
        List<ReportedQuote> honest = List.of(reported("venue-a", "a", "70", 1), reported("venue-b", "b", "70", 2));

        IndexDecision move = calculator.decide(DistinctReporters.of(honest).quotes(), new BigDecimal("100"), NOW,
                RULES);

        assertThat(move.price()).isEqualByComparingTo("70");
    }

    private static ReportedQuote reported(String reporter, String source, String price, long secondsAgo) {
        return new ReportedQuote(reporter, new Quote(source, new BigDecimal(price), NOW.minusSeconds(secondsAgo)));
    }
}
