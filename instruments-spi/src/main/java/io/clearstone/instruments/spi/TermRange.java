package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The range a numeric term may take, declared by the plugin in {@link PluginInfo#termRanges()}: one declaration both
 * validates the term (see {@link #check}) and documents it (listed at {@code GET /api/v1/plugins}); the contract kit
 * derives out-of-range samples from it. Both ends are finite, because every term ends up in double arithmetic: a term
 * of 1e309 is infinite there, and one of 1e12 contracts is nonsense no operator means.
 *
 * @param term     the JSON property, as {@link Violation#field()} names it
 * @param integral whether only whole numbers are allowed
 */
public record TermRange(String term, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive,
                        boolean integral) {

    public TermRange {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(min, term + " min");
        Objects.requireNonNull(max, term + " max");
        if (min.compareTo(max) >= 0) {
            throw new IllegalArgumentException(term + ": an empty range [" + min + ", " + max + "]");
        }
    }

    /** {@code [min, max]}. */
    public static TermRange closed(String term, String min, String max) {
        return new TermRange(term, new BigDecimal(min), true, new BigDecimal(max), true, false);
    }

    /** {@code (min, max]}: e.g. a size that must be positive. */
    public static TermRange aboveUpTo(String term, String min, String max) {
        return new TermRange(term, new BigDecimal(min), false, new BigDecimal(max), true, false);
    }

    /** {@code [min, max)}. */
    public static TermRange fromBelow(String term, String min, String max) {
        return new TermRange(term, new BigDecimal(min), true, new BigDecimal(max), false, false);
    }

    /** Whole numbers in {@code [min, max]}. */
    public static TermRange wholeNumbers(String term, long min, long max) {
        return new TermRange(term, BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), true, true);
    }

    public boolean contains(BigDecimal value) {
        int low = value.compareTo(min);
        int high = value.compareTo(max);
        boolean inside = (minInclusive ? low >= 0 : low > 0) && (maxInclusive ? high <= 0 : high < 0);
        return inside && (!integral || value.stripTrailingZeros().scale() <= 0);
    }

    /** Adds a violation naming the term when {@code value} lies outside; an absent optional term ({@code null}) passes. */
    public void check(BigDecimal value, List<Violation> violations) {
        if (value != null && !contains(value)) {
            violations.add(new Violation(term, "must be " + (integral ? "a whole number " : "") + "in " + this));
        }
    }

    /** The range in interval notation, e.g. {@code (0, 1]}. */
    @Override
    public String toString() {
        return (minInclusive ? "[" : "(") + min.toPlainString() + ", " + max.toPlainString() + (maxInclusive ? "]" : ")");
    }
}
