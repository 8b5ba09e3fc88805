package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ValuationTest {

    @Test
    void valuesAndFailuresAreReadByNameAndAFailureHasNoValue() {
        Valuation valuation = new Valuation(Map.of(Measure.PRESENT_VALUE, MeasureResult.of(12.5),
                Measure.VEGA, MeasureResult.failure("no volatility surface"),
                Measure.DELTA, MeasureResult.of(Double.NaN)));

        assertThat(valuation.valuesByName()).containsExactly(Map.entry("presentValue", 12.5));
        assertThat(valuation.failuresByName()).containsOnlyKeys("delta", "vega")
                .containsEntry("vega", "no volatility surface");
        assertThat(valuation.value(Measure.PRESENT_VALUE)).hasValue(12.5);
        assertThat(valuation.value(Measure.VEGA)).isEmpty();
        assertThat(valuation.value(Measure.GAMMA)).as("not computed at all").isEmpty();
        assertThat(MeasureResult.failure("x").asDouble()).isEmpty();
    }
}
