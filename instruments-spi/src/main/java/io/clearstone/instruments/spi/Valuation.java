package io.clearstone.instruments.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/** The measures computed for one position, each a value or a failure. */
public record Valuation(Map<Measure, MeasureResult> results) {

    public Valuation {
        results = Map.copyOf(results);
    }

    /** A valuation in which every requested measure failed for the same reason. */
    public static Valuation failed(String reason, Measure... measures) {
        Map<Measure, MeasureResult> failures = new LinkedHashMap<>();
        for (Measure measure : measures) {
            failures.put(measure, MeasureResult.failure(reason));
        }
        return new Valuation(failures);
    }

    public OptionalDouble value(Measure measure) {
        return results.get(measure) instanceof MeasureResult.Value value
                ? OptionalDouble.of(value.value()) : OptionalDouble.empty();
    }
}
