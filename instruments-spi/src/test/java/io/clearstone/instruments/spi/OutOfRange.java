package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Values a declared {@link TermRange} must refuse: just past each end, a fraction for whole numbers, ±1e309. */
final class OutOfRange {

    private static final BigDecimal BEYOND_A_DOUBLE = new BigDecimal("1e309");
    private static final BigDecimal RELATIVE_STEP = new BigDecimal("1e-6");

    private OutOfRange() {
    }

    static List<BigDecimal> values(TermRange range) {
        List<BigDecimal> values = new ArrayList<>(List.of(BEYOND_A_DOUBLE, BEYOND_A_DOUBLE.negate()));
        values.add(range.minInclusive() ? range.min().subtract(step(range, range.min())) : range.min());
        values.add(range.maxInclusive() ? range.max().add(step(range, range.max())) : range.max());
        BigDecimal half = range.min().add(new BigDecimal("0.5"));
        if (range.integral() && range.contains(half.setScale(0, java.math.RoundingMode.CEILING)) && half.compareTo(
                range.max()) < 0) {
            values.add(half);
        }
        return values;
    }

    /** A step past a bound that a double comparison still sees: relative to the bound, one for whole numbers. */
    private static BigDecimal step(TermRange range, BigDecimal bound) {
        return range.integral() ? BigDecimal.ONE : bound.abs().max(BigDecimal.ONE).multiply(RELATIVE_STEP);
    }
}
