package io.clearstone.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** Hands RESTEasy's JSON-B provider the API's configuration ({@link ApiJson}). */
@Provider
public class ApiJsonResolver implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = ApiJson.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
