package io.clearstone.web.api;

import io.clearstone.domain.idempotency.IdempotentRequest;
import io.clearstone.domain.shared.Caller;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Reads the {@code Idempotency-Key} header of a retryable request and fingerprints what the request asks for: the
 * operation and its body re-serialised, so that whitespace or field order never make one request look like another.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Jsonb JSON = JsonbBuilder.create();

    private IdempotencyKeys() {
    }

    public static IdempotentRequest request(Caller caller, String key, String operation, Object canonicalBody) {
        if (key == null || key.isBlank()) {
            throw new InvalidHeaderException("request/idempotency-key-missing", "Idempotency-Key required", HEADER,
                    "this request changes state; send an Idempotency-Key header so that a retry is safe");
        }
        if (key.length() > 64 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidHeaderException("request/idempotency-key-invalid", "Invalid Idempotency-Key", HEADER,
                    "an Idempotency-Key is 1 to 64 printable ASCII characters");
        }
        return IdempotentRequest.of(caller.name(), key, operation + "\n" + JSON.toJson(canonicalBody));
    }

    /** The journal reference of a request: who sent it and with which key. */
    public static String reference(Caller caller, String key) {
        return "api:" + caller.name() + ":" + key;
    }
}
