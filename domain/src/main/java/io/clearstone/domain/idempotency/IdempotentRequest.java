package io.clearstone.domain.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A state-changing request that a client may retry.
 *
 * @param scope       whose keys these are (the caller's principal): two clients may pick the same key
 * @param key         the client's {@code Idempotency-Key}
 * @param fingerprint SHA-256 of what the request asks for; the same key with another fingerprint is refused
 */
public record IdempotentRequest(String scope, String key, String fingerprint) {

    public IdempotentRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** @param canonicalRequest the operation and its body in a canonical form (e.g. method, path, re-serialised JSON) */
    public static IdempotentRequest of(String scope, String key, String canonicalRequest) {
        return new IdempotentRequest(scope, key, sha256(canonicalRequest));
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
