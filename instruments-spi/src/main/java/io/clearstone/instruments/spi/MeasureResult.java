package io.clearstone.instruments.spi;

/**
 * One measure's outcome: a finite value, or the reason it could not be computed. A failure stays with its measure so
 * that one bad instrument (or input) never stops a portfolio run.
 */
public sealed interface MeasureResult {

    static MeasureResult of(double value) {
        return Double.isFinite(value) ? new Value(value) : new Failure("not a finite number: " + value);
    }

    static MeasureResult failure(String reason) {
        return new Failure(reason);
    }

    /** The value, or empty for a failure. */
    default java.util.OptionalDouble asDouble() {
        return this instanceof Value value ? java.util.OptionalDouble.of(value.value())
                : java.util.OptionalDouble.empty();
    }

    /** A computed value. */
    record Value(double value) implements MeasureResult {
    }

    /** Why the measure is missing. */
    record Failure(String reason) implements MeasureResult {
    }
}
