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
        MeasureResult result = results.get(measure);
        return result == null ? OptionalDouble.empty() : result.asDouble();
    }

    /** The computed values by measure name, in name order (what an API or a page shows). */
    public java.util.SortedMap<String, Double> valuesByName() {
        java.util.SortedMap<String, Double> values = new java.util.TreeMap<>();
        results.forEach((measure, result) -> result.asDouble().ifPresent(v -> values.put(measure.name(), v)));
        return values;
    }

    /** Why each failed measure failed, by measure name. */
    public java.util.SortedMap<String, String> failuresByName() {
        java.util.SortedMap<String, String> failures = new java.util.TreeMap<>();
        results.forEach((measure, result) -> {
            if (result instanceof MeasureResult.Failure failure) {
                failures.put(measure.name(), failure.reason());
            }
        });
        return failures;
    }
}
