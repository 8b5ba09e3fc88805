package io.clearstone.web.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The JSON-B of every API body, so a response, its idempotent replay and a live event render numbers alike. */
public final class ApiJson {

    private ApiJson() {
    }

    public static Jsonb create() {
        return JsonbBuilder.create(new JsonbConfig().withSerializers(new PlainDecimalSerializer()));
    }
}
