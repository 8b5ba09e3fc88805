package io.clearstone.web.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.clearstone.domain.shared.FieldViolation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;

/**
 * Reads a request body as JSON shaped like its Java type, strictly: every value must have the JSON kind its field
 * declares (no "yes" for a boolean, no 1.5 for a whole number, no 123 for a string), no key may appear twice, no key
 * may be unknown to the request, and every value must lie within {@link ValueBounds}. Yields the document for the
 * binder, numbers in plain form; refuses with every field at fault named by its path ({@code lines[2].interest}).
 */
final class StrictJson {

    static final int MAX_DEPTH = 32;
    private static final int MAX_VIOLATIONS = 50;
    private static final JsonProvider JSON = JsonProvider.provider();

    private final JsonParser parser;
    private final List<FieldViolation> violations = new ArrayList<>();

    private StrictJson(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The body as a JSON value, or {@code null} when it is empty.
     *
     * @throws InvalidBodyException when the JSON does not fit the type
     * @throws jakarta.json.JsonException when the body is not JSON at all
     * @throws IOException when the body cannot be read
     */
    static JsonValue read(InputStream body, Type target) throws IOException {
        PushbackInputStream document = new PushbackInputStream(body, 1);
        int first = document.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = document.read();
        }
        if (first < 0) {
            return null;
        }
        document.unread(first);
        try (JsonParser parser = JSON.createParser(document)) {
            StrictJson reader = new StrictJson(parser);
            JsonValue value = reader.value(parser.next(), Expected.of(target), "", 0);
            if (parser.hasNext()) {
                throw new JsonParsingException("content after the JSON document", parser.getLocation());
            }
            if (!reader.violations.isEmpty()) {
                throw new InvalidBodyException(reader.violations);
            }
            return value;
        }
    }

    private JsonValue value(JsonParser.Event event, Expected expected, String path, int depth) {
        return switch (event) {
            case START_OBJECT -> object(expected, path, depth + 1);
            case START_ARRAY -> array(expected, path, depth + 1);
            case VALUE_STRING -> string(expected, path);
            case VALUE_NUMBER -> number(expected, path);
            case VALUE_TRUE, VALUE_FALSE -> bool(event == JsonParser.Event.VALUE_TRUE, expected, path);
            case VALUE_NULL -> nothing(expected, path);
            default -> throw new JsonParsingException("unexpected " + event, parser.getLocation());
        };
    }

    private JsonValue object(Expected expected, String path, int depth) {
        refuseDeeperThanAllowed(path, depth);
        if (expected.shape() != Expected.Shape.RECORD && expected.shape() != Expected.Shape.ANY) {
            refuse(path, expected.shape().expectation);
            expected = Expected.ANY;
        }
        Map<String, Expected> fields = expected.fields();
        JsonObjectBuilder object = JSON.createObjectBuilder();
        Set<String> seen = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            String at = path.isEmpty() ? key : path + "." + key;
            Expected member = Expected.ANY;
            boolean keep = false;
            if (ValueBounds.textProblem(key) != null) {
                refuse(path.isEmpty() ? "body" : path, "has a key with control characters");
            } else if (!seen.add(key)) {
                refuse(at, "appears more than once");
            } else if (fields != null && !fields.containsKey(key)) {
                String renamed = expected.renamed(key);
                refuse(at, renamed == null ? "is not a field of this request" : renamed);
            } else {
                member = fields == null ? Expected.ANY : fields.get(key);
                keep = true;
            }
            JsonValue value = value(parser.next(), member, at, depth);
            if (keep) {
                object.add(key, value);
            }
        }
        return object.build();
    }

    private JsonValue array(Expected expected, String path, int depth) {
        refuseDeeperThanAllowed(path, depth);
        Expected element = Expected.ANY;
        if (expected.shape() == Expected.Shape.LIST) {
            element = Expected.of(expected.element());
        } else if (expected.shape() != Expected.Shape.ANY) {
            refuse(path, expected.shape().expectation);
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            array.add(value(event, element, path + "[" + index + "]", depth));
            index++;
        }
        return array.build();
    }

    private JsonValue string(Expected expected, String path) {
        String text = parser.getString();
        String problem = text.length() > expected.maxLength()
                ? "must be at most " + expected.maxLength() + " characters" : ValueBounds.textProblem(text);
        if (problem != null) {
            refuse(path, problem);
            return JsonValue.NULL;
        }
        switch (expected.shape()) {
            case TEXT, ANY -> {
                return JSON.createValue(text);
            }
            case ENUM -> {
                if (!expected.namesConstant(text)) {
                    refuse(path, "must be one of " + expected.enumValues());
                }
            }
            case INSTANT -> checkInstant(text, path);
            case DATE -> checkDate(text, path);
            default -> refuse(path, expected.shape().expectation);
        }
        return JSON.createValue(text);
    }

    private void checkInstant(String text, String path) {
        try {
            if (!ValueBounds.withinHorizon(Instant.from(DateTimeFormatter.ISO_INSTANT.parse(text)))) {
                refuse(path, ValueBounds.TIME_RANGE);
            }
        } catch (DateTimeException notAnInstant) {
            refuse(path, Expected.Shape.INSTANT.expectation);
        }
    }

    private void checkDate(String text, String path) {
        try {
            if (!ValueBounds.withinHorizon(LocalDate.parse(text))) {
                refuse(path, ValueBounds.TIME_RANGE);
            }
        } catch (DateTimeException notADate) {
            refuse(path, Expected.Shape.DATE.expectation);
        }
    }

    private JsonValue number(Expected expected, String path) {
        Expected.Shape shape = expected.shape();
        if (shape != Expected.Shape.WHOLE && shape != Expected.Shape.DECIMAL && shape != Expected.Shape.ANY) {
            refuse(path, shape.expectation);
            return JsonValue.NULL;
        }
        BigDecimal value = ValueBounds.decimal(parser.getString());
        if (value == null) {
            refuse(path, ValueBounds.NUMBER_RANGE);
            return JsonValue.NULL;
        }
        if (shape != Expected.Shape.WHOLE) {
            return JSON.createValue(value);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            refuse(path, shape.expectation);
            return JsonValue.NULL;
        }
        BigInteger whole = value.toBigIntegerExact();
        if (expected.min() != null && (whole.compareTo(expected.min()) < 0 || whole.compareTo(expected.max()) > 0)) {
            refuse(path, "must be a whole number from " + expected.min() + " to " + expected.max());
            return JsonValue.NULL;
        }
        return JSON.createValue(whole);
    }

    private JsonValue bool(boolean value, Expected expected, String path) {
        if (expected.shape() != Expected.Shape.BOOLEAN && expected.shape() != Expected.Shape.ANY) {
            refuse(path, expected.shape().expectation);
        }
        return value ? JsonValue.TRUE : JsonValue.FALSE;
    }

    private JsonValue nothing(Expected expected, String path) {
        if (!expected.nullable()) {
            refuse(path, "must not be null");
        }
        return JsonValue.NULL;
    }

    /** Nesting is refused at once: walking a body of a million brackets would exhaust the stack. */
    private void refuseDeeperThanAllowed(String path, int depth) {
        if (depth > MAX_DEPTH) {
            refuse(path.isEmpty() ? "body" : path, "nests deeper than " + MAX_DEPTH + " levels");
            throw new InvalidBodyException(violations);
        }
    }

    private void refuse(String path, String message) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(new FieldViolation(path.isEmpty() ? "body" : path, message));
        }
    }
}
