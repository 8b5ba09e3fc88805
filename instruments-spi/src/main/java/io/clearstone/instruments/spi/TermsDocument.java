package io.clearstone.instruments.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Terms in their JSON form, as a tree the SPI can carry without a JSON library: values are {@link String},
 * {@link BigDecimal}, {@link Boolean}, {@code List} or {@code Map<String, Object>}. The platform converts it from and
 * to JSON text. {@link #reader()} reads fields while collecting every violation, so that a client learns about all
 * bad fields at once.
 */
public final class TermsDocument {

    private final Map<String, Object> fields;

    private TermsDocument(Map<String, Object> fields) {
        this.fields = Map.copyOf(fields);
    }

    public static TermsDocument of(Map<String, Object> fields) {
        fields.forEach((name, value) -> requireJsonValue(name, value));
        return new TermsDocument(fields);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Map<String, Object> fields() {
        return fields;
    }

    public Reader reader() {
        return new Reader();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermsDocument document && fields.equals(document.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }

    /**
     * A decimal in the one form both {@link Builder#put(String, BigDecimal)} writes and {@link Reader#decimal} reads:
     * without trailing zeros and never in exponent form, so that 0.10 and 0.1 (or 1E+3 and 1000) are the same term
     * and a decode → encode → decode round trip gives equal terms.
     */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void requireJsonValue(String name, Object value) {
        Objects.requireNonNull(value, name);
        if (!(value instanceof String || value instanceof BigDecimal || value instanceof Boolean
                || value instanceof List || value instanceof Map)) {
            throw new IllegalArgumentException(name + " is not a JSON value: " + value.getClass().getName());
        }
    }

    /** Builds a document field by field, in a stable order. */
    public static final class Builder {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Builder put(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Builder put(String name, BigDecimal value) {
            fields.put(name, normalised(value));
            return this;
        }

        public Builder put(String name, Instant value) {
            fields.put(name, value.toString());
            return this;
        }

        public Builder put(String name, Enum<?> value) {
            fields.put(name, value.name());
            return this;
        }

        public TermsDocument build() {
            return TermsDocument.of(fields);
        }
    }

    /** Reads fields, recording a {@link Violation} for each missing or malformed one instead of stopping. */
    public final class Reader {
        private final List<Violation> violations = new ArrayList<>();

        public String text(String name) {
            Object value = fields.get(name);
            if (value instanceof String text && !text.isBlank()) {
                return text;
            }
            violations.add(new Violation(name, value == null ? "is required" : "must be a non-empty string"));
            return null;
        }

        /**
         * A number (or a numeric string), normalised as {@link Builder#put(String, BigDecimal)} writes it: a sample's
         * 0.10 reads as 0.1, so terms decoded from it equal the terms decoded from their own encoding.
         */
        public BigDecimal decimal(String name) {
            Object value = fields.get(name);
            if (value instanceof BigDecimal number) {
                return normalised(number);
            }
            if (value instanceof String text) {
                try {
                    return normalised(new BigDecimal(text));
                } catch (NumberFormatException notANumber) {
                    // recorded below
                }
            }
            violations.add(new Violation(name, value == null ? "is required" : "must be a number"));
            return null;
        }

        /** The field, or the plugin's default when it is absent; normalised either way (a default of 0.50 reads 0.5). */
        public BigDecimal decimal(String name, BigDecimal fallback) {
            if (fields.containsKey(name)) {
                return decimal(name);
            }
            return fallback == null ? null : normalised(fallback);
        }

        public Instant instant(String name) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                violations.add(new Violation(name, "must be an ISO-8601 instant, e.g. 2026-12-25T08:00:00Z"));
                return null;
            }
        }

        public <E extends Enum<E>> E choice(String name, Class<E> type) {
            String text = text(name);
            if (text == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add(new Violation(name, "must be one of " + List.of(type.getEnumConstants())));
                return null;
            }
        }

        /** Records a field the plugin found malformed in its own way (e.g. a duration). */
        public void violation(String name, String message) {
            violations.add(new Violation(name, message));
        }

        /** Throws {@link TermsException} with every violation recorded so far, if any. */
        public void throwIfInvalid() {
            if (!violations.isEmpty()) {
                throw new TermsException(violations);
            }
        }
    }
}
