package io.clearstone.it;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/** A client of the running server's REST API, as one demo user (HTTP Basic, password "demo"). */
final class Api {

    static final URI SERVER = URI.create(System.getProperty("clearstone.url", "http://127.0.0.1:8080"));
    static final URI MANAGEMENT = URI.create(System.getProperty("clearstone.management-url", "http://127.0.0.1:9990"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;
    private final URI server;

    private Api(String authorization, URI server) {
        this.authorization = authorization;
        this.server = server;
    }

    static Api as(String user) {
        return as(user, "demo");
    }

    static Api as(String user, String password) {
        return new Api(basic(user, password), SERVER);
    }

    static Api anonymous() {
        return new Api(null, SERVER);
    }

    /** Clients of another server (e.g. a second one a test starts itself). */
    static Scoped at(URI server) {
        return new Scoped(server);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes clients of one server. */
    record Scoped(URI server) {
        Api as(String user) {
            return new Api(basic(user, "demo"), server);
        }
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** A short random suffix for names that must be unique per test run (symbols, sources). */
    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another media type than JSON. */
    Reply get(String path, String accept) {
        return send(request(path).GET().setHeader("Accept", accept));
    }

    Reply post(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    Reply post(String path, String json, String idempotencyKey) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey));
    }

    Reply put(String path, String json) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, content type and body. */
    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
