package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TermRangeTest {

    @Test
    void endsAreInclusiveOrExclusiveAsDeclared() {
        TermRange margin = TermRange.aboveUpTo("initialMargin", "0", "1");
        assertThat(margin.contains(BigDecimal.ZERO)).isFalse();
        assertThat(margin.contains(new BigDecimal("1e-9"))).isTrue();
        assertThat(margin.contains(BigDecimal.ONE)).isTrue();
        assertThat(margin.contains(new BigDecimal("1.0000001"))).isFalse();
        assertThat(margin.contains(new BigDecimal("1e309"))).isFalse();
        assertThat(margin).hasToString("(0, 1]");
    }

    @Test
    void wholeNumbersRefuseFractionsButNotTrailingZeros() {
        TermRange steps = TermRange.wholeNumbers("steps", 0, 10);
        assertThat(steps.contains(new BigDecimal("2.5"))).isFalse();
        assertThat(steps.contains(new BigDecimal("2.00"))).isTrue();
    }

    @Test
    void aViolationNamesTheTermAndAnAbsentOptionalTermPasses() {
        List<Violation> violations = new ArrayList<>();
        TermRange band = TermRange.aboveUpTo("markBand", "0", "0.5");
        band.check(null, violations);
        band.check(new BigDecimal("-1"), violations);
        assertThat(violations).containsExactly(new Violation("markBand", "must be in (0, 0.5]"));
    }

    @Test
    void theKitTriesBothSidesOfEachEndAndBeyondADouble() {
        assertThat(OutOfRange.values(TermRange.closed("rate", "-0.01", "0.01")))
                .contains(new BigDecimal("1e309"), new BigDecimal("-1e309"))
                .noneMatch(TermRange.closed("rate", "-0.01", "0.01")::contains);
        assertThat(OutOfRange.values(TermRange.wholeNumbers("steps", 0, 10))).contains(new BigDecimal("0.5"),
                new BigDecimal("-1"), new BigDecimal("11"));
        assertThatThrownBy(() -> TermRange.closed("x", "1", "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
