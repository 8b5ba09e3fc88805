package io.clearstone.web.request;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.clearstone.domain.shared.FormerlyNamed;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.Size;

/**
 * The JSON a Java field type accepts: which JSON kind, for whole numbers their range, and for text its longest length
 * (the field's {@code @Size(max)}, else {@link ValueBounds#MAX_TEXT_LENGTH}).
 */
record Expected(Shape shape, Class<?> raw, Type element, BigInteger min, BigInteger max, int maxLength) {

    /** Anything JSON, checked only against the bounds every value has (plugin terms, for instance). */
    static final Expected ANY = new Expected(Shape.ANY, Object.class, Object.class, null, null,
            ValueBounds.MAX_TEXT_LENGTH);

    enum Shape {
        TEXT("must be a JSON string"),
        BOOLEAN("must be true or false"),
        WHOLE("must be a whole number"),
        DECIMAL("must be a JSON number"),
        ENUM("must be a JSON string naming one of the allowed values"),
        INSTANT("must be an ISO-8601 instant in a JSON string, e.g. 2026-01-01T00:00:00Z"),
        DATE("must be an ISO-8601 date in a JSON string, e.g. 2026-01-01"),
        LIST("must be a JSON array"),
        RECORD("must be a JSON object"),
        ANY("must be JSON");

        final String expectation;

        Shape(String expectation) {
            this.expectation = expectation;
        }
    }

    static Expected of(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return simple(Shape.TEXT, raw);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return simple(Shape.BOOLEAN, raw);
        }
        if (raw == Integer.class || raw == int.class) {
            return whole(raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (raw == Long.class || raw == long.class) {
            return whole(raw, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (raw == Short.class || raw == short.class) {
            return whole(raw, Short.MIN_VALUE, Short.MAX_VALUE);
        }
        if (raw == BigInteger.class) {
            return new Expected(Shape.WHOLE, raw, null, null, null, ValueBounds.MAX_TEXT_LENGTH);
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class
                || raw == Float.class || raw == float.class) {
            return simple(Shape.DECIMAL, raw);
        }
        if (raw.isEnum()) {
            return simple(Shape.ENUM, raw);
        }
        if (raw == Instant.class) {
            return simple(Shape.INSTANT, raw);
        }
        if (raw == LocalDate.class) {
            return simple(Shape.DATE, raw);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                    ? p.getActualTypeArguments()[0] : Object.class;
            return new Expected(Shape.LIST, raw, element, null, null, ValueBounds.MAX_TEXT_LENGTH);
        }
        if (raw == JsonArray.class) {
            return new Expected(Shape.LIST, raw, Object.class, null, null, ValueBounds.MAX_TEXT_LENGTH);
        }
        if (raw.isRecord() || raw == JsonObject.class) {
            return simple(Shape.RECORD, raw);
        }
        return ANY;
    }

    /**
     * A record's fields by JSON name (JSON-B's default naming: the component's name) and what each accepts. A text
     * field's {@code @Size(max)} is checked here too, so that text longer than its column is refused as a value the
     * field cannot hold, like a number beyond NUMERIC(38,18), rather than reaching the database.
     */
    Map<String, Expected> fields() {
        if (!raw.isRecord()) {
            return null;
        }
        Map<String, Expected> fields = new LinkedHashMap<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            Expected field = of(component.getGenericType());
            Size size = component.getAccessor().getAnnotation(Size.class);
            if (field.shape == Shape.TEXT && size != null && size.max() < field.maxLength) {
                field = new Expected(field.shape, field.raw, null, null, null, size.max());
            }
            fields.put(component.getName(), field);
        }
        return fields;
    }

    /** What to tell a client that sends a record field by its former name, or null for a name never used. */
    String renamed(String key) {
        if (!raw.isRecord()) {
            return null;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            FormerlyNamed former = component.getAnnotation(FormerlyNamed.class);
            if (former != null && former.value().equals(key)) {
                return "is no longer a field of this request: use " + component.getName() + " (" + former.reason()
                        + ")";
            }
        }
        return null;
    }

    boolean nullable() {
        return !raw.isPrimitive();
    }

    String enumValues() {
        return Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
    }

    boolean namesConstant(String text) {
        return Arrays.stream(raw.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
    }

    private static Expected simple(Shape shape, Class<?> raw) {
        return new Expected(shape, raw, null, null, null, ValueBounds.MAX_TEXT_LENGTH);
    }

    private static Expected whole(Class<?> raw, long min, long max) {
        return new Expected(Shape.WHOLE, raw, null, BigInteger.valueOf(min), BigInteger.valueOf(max),
                ValueBounds.MAX_TEXT_LENGTH);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
