package io.clearstone.domain.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.clearstone.instruments.spi.TermsDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Converts between JSON (JSON-P) and the SPI's dependency-free {@link TermsDocument}. */
final class JsonTerms {

    private JsonTerms() {
    }

    static TermsDocument toDocument(JsonObject json) {
        return TermsDocument.of(toMap(json));
    }

    static JsonObject toJson(TermsDocument document) {
        return object(document.fields());
    }

    private static Map<String, Object> toMap(JsonObject json) {
        Map<String, Object> fields = new LinkedHashMap<>();
        json.forEach((name, value) -> {
            Object converted = convert(value);
            if (converted != null) {
                fields.put(name, converted);
            }
        });
        return fields;
    }

    private static Object convert(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> ((JsonArray) value).stream().map(JsonTerms::convert).toList();
            case OBJECT -> toMap((JsonObject) value);
        };
    }

    @SuppressWarnings("unchecked")
    private static JsonObject object(Map<String, Object> fields) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value instanceof String text) {
                builder.add(name, text);
            } else if (value instanceof BigDecimal number) {
                builder.add(name, number);
            } else if (value instanceof Boolean flag) {
                builder.add(name, flag);
            } else if (value instanceof List<?> list) {
                builder.add(name, array(list));
            } else if (value instanceof Map<?, ?> map) {
                builder.add(name, object((Map<String, Object>) map));
            }
        });
        return builder.build();
    }

    @SuppressWarnings("unchecked")
    private static JsonArrayBuilder array(List<?> list) {
        JsonArrayBuilder builder = Json.createArrayBuilder();
        for (Object value : list) {
            if (value instanceof String text) {
                builder.add(text);
            } else if (value instanceof BigDecimal number) {
                builder.add(number);
            } else if (value instanceof Boolean flag) {
                builder.add(flag);
            } else if (value instanceof List<?> inner) {
                builder.add(array(inner));
            } else if (value instanceof Map<?, ?> map) {
                builder.add(object((Map<String, Object>) map));
            }
        }
        return builder;
    }
}
