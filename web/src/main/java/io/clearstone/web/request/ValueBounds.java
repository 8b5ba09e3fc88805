package io.clearstone.web.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What any request value may hold, whatever its field: numbers that fit the database's NUMERIC(38,18), text without
 * control characters, instants and dates within the horizon the platform models. Fields may be tighter (Bean
 * Validation on the request records); nothing may be wider, so that no request can make the server expand an absurd
 * exponent, overflow a column, or store a byte PostgreSQL refuses.
 */
final class ValueBounds {

    static final int MAX_INTEGER_DIGITS = 20;
    static final int MAX_FRACTION_DIGITS = 18;
    /** Longer than any number within the bounds can be written sensibly; refused before it is parsed at all. */
    static final int MAX_NUMBER_LENGTH = 64;
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** Exclusive: later than any expiry, maturity or observation the platform has a use for. */
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /**
     * Longer than any name, symbol or description a request field holds (the widest such column is 1024): a field's
     * own {@code @Size(max)} is tighter (see {@link Expected#fields()}); this bounds text in free-form parts such as
     * an instrument's terms.
     */
    static final int MAX_TEXT_LENGTH = 1024;

    static final String NUMBER_RANGE = "must have at most " + MAX_INTEGER_DIGITS + " integer and "
            + MAX_FRACTION_DIGITS + " decimal digits";
    static final String TIME_RANGE = "must lie between " + EARLIEST + " and " + LATEST;

    private ValueBounds() {
    }

    /**
     * The number a JSON number's text stands for, or {@code null} when it is beyond the bounds. A value written with an
     * exponent or with trailing zeros beyond the decimal bound comes back in plain form, so that nothing downstream
     * ever sees a scale such as -2147483647.
     */
    static BigDecimal decimal(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException exponentOverflow) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        long integerDigits = (long) stripped.precision() - stripped.scale();
        if (integerDigits > MAX_INTEGER_DIGITS || stripped.scale() > MAX_FRACTION_DIGITS) {
            return null;
        }
        boolean plain = value.scale() >= 0 && value.scale() <= MAX_FRACTION_DIGITS;
        return plain ? value : stripped.setScale(Math.max(0, stripped.scale()));
    }

    /** Why the text is refused, or {@code null}: control characters (NUL above all) and unpaired surrogates. */
    static String textProblem(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint)) {
                return "must not contain control characters";
            }
            if (Character.getType(codePoint) == Character.SURROGATE) {
                return "must not contain an unpaired UTF-16 surrogate";
            }
            i += Character.charCount(codePoint);
        }
        return null;
    }

    static boolean withinHorizon(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }

    static boolean withinHorizon(LocalDate date) {
        return withinHorizon(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
