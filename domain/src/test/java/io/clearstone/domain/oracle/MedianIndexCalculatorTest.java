package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedianIndexCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final IndexRules RULES = new IndexRules(Duration.ofSeconds(60), 2, new BigDecimal("0.05"));
    private final MedianIndexCalculator calculator = new MedianIndexCalculator();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            100                 | 100
            100, 102            | 101
            103, 100, 101       | 101
            100, 104, 101, 103  | 102
            1.1, 1.3, 1.2, 9    | 1.25
            """)
    void medianOfOddAndEvenCounts(String prices, String median) {
        List<BigDecimal> values = List.of(prices.split(",\\s*")).stream().map(BigDecimal::new).toList();
        assertThat(MedianIndexCalculator.median(values)).isEqualByComparingTo(median);
    }

    @Test
    void firstIndexNeedsAQuorum() {
        IndexDecision one = calculator.decide(List.of(quote("a", "100", 0)), null, NOW, RULES);
        assertThat(one.publishes()).isFalse();
        assertThat(one.contributors()).containsExactly("a");

        IndexDecision two = calculator.decide(List.of(quote("a", "100", 0), quote("b", "104", 5)), null, NOW, RULES);
        assertThat(two.price()).isEqualByComparingTo("102");
    }

    @Test
    void aFatFingeredQuoteCannotSetTheFirstIndex() {
        IndexDecision split = calculator.decide(List.of(quote("a", "65000", 0), quote("b", "6500", 0)), null, NOW,
                RULES);
        assertThat(split.publishes()).as("two sources that disagree make no index").isFalse();

        IndexDecision agreed = calculator.decide(
                List.of(quote("a", "65000", 0), quote("b", "6500", 0), quote("c", "65100", 0)), null, NOW, RULES);
        assertThat(agreed.price()).isEqualByComparingTo("65050");
        assertThat(agreed.suspects()).containsExactly("b");
    }

    @Test
    void medianOfTwoEighteenDecimalPricesKeepsEighteenDecimals() {
        BigDecimal median = MedianIndexCalculator.median(List.of(new BigDecimal("1.000000000000000001"),
                new BigDecimal("1.000000000000000002")));
        assertThat(median.scale()).isEqualTo(18);
        assertThat(median).isEqualByComparingTo("1.000000000000000002");
    }

    @Test
    void staleQuotesDoNotCount() {
        IndexDecision decision = calculator.decide(
                List.of(quote("a", "100", 1), quote("b", "102", 2), quote("c", "300", 61)), null, NOW, RULES);
        assertThat(decision.price()).isEqualByComparingTo("101");
        assertThat(decision.contributors()).containsExactly("a", "b");
    }

    @Test
    void loneOutlierIsSuspectAndIgnored() {
        IndexDecision decision = calculator.decide(
                List.of(quote("a", "100", 1), quote("b", "100.4", 1), quote("c", "150", 1)),
                new BigDecimal("100"), NOW, RULES);
        assertThat(decision.price()).isEqualByComparingTo("100.2");
        assertThat(decision.suspects()).containsExactly("c");
    }

    @Test
    void deviationExactlyAtTheLimitIsStillConsistent() {
        IndexDecision decision = calculator.decide(
                List.of(quote("a", "105", 1), quote("b", "95", 1)), new BigDecimal("100"), NOW, RULES);
        assertThat(decision.suspects()).isEmpty();
        assertThat(decision.price()).isEqualByComparingTo("100");
    }

    @Test
    void moveConfirmedByAQuorumThatOutnumbersTheRestIsAccepted() {
        IndexDecision decision = calculator.decide(
                List.of(quote("a", "130", 1), quote("b", "131", 1), quote("c", "100", 1)),
                new BigDecimal("100"), NOW, RULES);
        assertThat(decision.price()).isEqualByComparingTo("130.5");
        assertThat(decision.contributors()).containsExactly("a", "b");
        assertThat(decision.suspects()).containsExactly("c");
    }

    @Test
    void twoSuspectsThatDisagreeConfirmNothing() {
        IndexDecision decision = calculator.decide(
                List.of(quote("a", "130", 1), quote("b", "70", 1), quote("c", "100", 1)),
                new BigDecimal("100"), NOW, RULES);
        assertThat(decision.publishes()).isFalse();
        assertThat(decision.suspects()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void quorumOfSuspectsThatDoesNotOutnumberTheConsistentSourcesLeavesTheIndex() {
        IndexDecision decision = calculator.decide(List.of(quote("a", "130", 1), quote("b", "130", 1),
                        quote("c", "100", 1), quote("d", "100", 1), quote("e", "101", 1)),
                new BigDecimal("100"), NOW, RULES);
        assertThat(decision.price()).isEqualByComparingTo("100");
        assertThat(decision.suspects()).containsExactly("a", "b");
    }

    private static Quote quote(String source, String price, int secondsAgo) {
        return new Quote(source, new BigDecimal(price), NOW.minusSeconds(secondsAgo));
    }
}
