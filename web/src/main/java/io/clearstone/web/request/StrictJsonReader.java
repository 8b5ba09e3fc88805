package io.clearstone.web.request;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

/**
 * Every JSON request body (the API's request records) goes through {@link StrictJson} before JSON-B binds it: JSON-B
 * alone coerces "yes" to false and 1.5 to 1, keeps the last of two equal keys and ignores unknown ones, and hands
 * any exponent on to the domain. A body that is not JSON at all stays a malformed-body problem.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(Priorities.USER)
public class StrictJsonReader implements MessageBodyReader<Record> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JsonValue document;
        try {
            document = StrictJson.read(body, genericType);
        } catch (JsonException notJson) {
            throw new ProcessingException("the request body is not JSON", notJson);
        }
        if (document == null) {
            return null;
        }
        try {
            return JSONB.fromJson(document.toString(), genericType);
        } catch (JsonbException unbindable) {
            throw new ProcessingException(unbindable.getMessage(), unbindable);
        }
    }
}
