package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * The served API contract against the live behaviour: every operation named and described, its problem responses
 * documented, creates answered 201 with Location as documented; amounts never in exponent notation; unknown paths
 * answered in problem+json; and clients leaving the event stream leave no ERROR in the server log. Writes the
 * document to target/openapi.yaml for bin/lint-api.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** A JSON number in exponent notation, as a value (asset symbols such as QBD0E55 may look like one). */
    private static final String EXPONENT_NUMBER = ":-?\\d+(\\.\\d+)?[eE][-+]?\\d";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static JsonObject document() {
        Api.Reply document = Api.anonymous().get("/openapi?format=JSON");
        assertThat(document.status()).isEqualTo(200);
        return document.json();
    }

    private static JsonObject operation(JsonObject document, String path, String method) {
        return document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    }

    @Test
    void everyOperationHasAnIdASummaryADescriptionAndItsProblemResponses() throws IOException {
        Api.Reply yaml = Api.anonymous().get("/openapi", "application/yaml");
        assertThat(yaml.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.yaml"), yaml.body());

        JsonObject document = document();
        List<String> missing = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            JsonObject op = value.asJsonObject();
            String where = method.toUpperCase() + " " + path;
            if (!op.containsKey("operationId")) {
                missing.add(where + ": operationId");
            } else if (!ids.add(op.getString("operationId"))) {
                missing.add(where + ": duplicate operationId " + op.getString("operationId"));
            }
            if (!op.containsKey("summary")) {
                missing.add(where + ": summary");
            }
            if (!op.containsKey("description")) {
                missing.add(where + ": description");
            }
            JsonObject responses = op.getJsonObject("responses");
            for (String status : List.of("401", "403", "500")) {
                if (!responses.containsKey(status) || !responses.getJsonObject(status).getJsonObject("content")
                        .containsKey("application/problem+json")) {
                    missing.add(where + ": problem response " + status);
                }
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                missing.add(where + ": 404");
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem")
                .getJsonObject("properties").keySet()).contains("type", "title", "status", "detail", "field");
    }

    @Test
    void createsAnswer201WithLocationAsDocumented() throws Exception {
        JsonObject document = document();
        for (String path : List.of("/api/v1/accounts", "/api/v1/assets", "/api/v1/trades", "/api/v1/instruments")) {
            JsonObject created = operation(document, path, "post").getJsonObject("responses").getJsonObject("201");
            assertThat(created).as(path).isNotNull();
            assertThat(created.getJsonObject("headers").keySet()).as(path).contains("Location");
            assertThat(operation(document, path, "post").getJsonObject("responses").keySet()).as(path)
                    .doesNotContain("200");
        }
        assertThat(operation(document, "/api/v1/accounts/{id}/deposits", "post").getJsonObject("responses")
                .keySet()).contains("201", "400", "404", "409", "422", "429");

        HttpResponse<String> account = HTTP.send(as("alice", "/api/v1/accounts")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Idempotency-Key", Api.newKey()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(201);
        assertThat(account.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).matches(".*/api/v1/accounts/\\d+"));

        String symbol = "LOC" + Api.unique();
        HttpResponse<String> asset = HTTP.send(as("admin", "/api/v1/assets").POST(HttpRequest.BodyPublishers.ofString(
                "{\"symbol\":\"" + symbol + "\",\"decimals\":4,\"kind\":\"TOKEN\",\"collateral\":false,"
                        + "\"collateralWeight\":0,\"oracleSymbol\":\"" + symbol + "-USD\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(asset.statusCode()).as(asset.body()).isEqualTo(201);
        String location = asset.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/v1/assets/" + symbol);
        assertThat(Api.as("admin").get(URI.create(location).getPath()).status()).isEqualTo(200);
    }

    @Test
    void amountsAreAtTheAssetsScaleAndNeverInExponentNotation() {
        long account = Fixtures.openAccount("alice");
        String fresh = Api.as("alice").get("/api/v1/accounts/" + account + "/balances").body();
        assertThat(fresh).doesNotContainPattern(EXPONENT_NUMBER);
        assertThat(fresh).contains("\"asset\":\"USDC\"").contains("\"amount\":0.000000,")
                .contains("\"amount\":0.00000000,"); // BTC: eight decimals, once rendered 0E-8

        assertThat(Fixtures.deposit("alice", account, "USDC", "25000", Api.newKey()).status()).isEqualTo(201);
        String after = Api.as("alice").get("/api/v1/accounts/" + account + "/balances").body();
        assertThat(after).contains("\"amount\":25000.000000,\"asset\":\"USDC\"");
        String journal = Api.as("alice").get("/api/v1/accounts/" + account + "/journal").body();
        assertThat(journal).contains("25000.000000").doesNotContainPattern(EXPONENT_NUMBER);
    }

    @Test
    void anUnknownPathOutsideTheApiAnswersProblemJson() {
        for (String path : List.of("/nope", "/nope/deeper.html", "/api/v1/nope")) {
            Api.Reply reply = Api.as("alice").get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.isProblem()).as(reply.toString()).isTrue();
            assertThat(reply.json().getString("type")).isEqualTo("/problems/http/404");
        }
    }

    @Test
    void clientsLeavingTheEventStreamLeaveNoErrorInTheServerLog() throws Exception {
        Path log = Path.of(System.getProperty("server.base", "target/wildfly-base"), "log", "server.log");
        assertThat(log).exists();
        long before = Files.size(log);
        for (int client = 0; client < 5; client++) {
            try (Socket socket = new Socket(Api.SERVER.getHost(), Api.SERVER.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/events HTTP/1.1\r\nHost: " + Api.SERVER.getAuthority()
                        + "\r\nAccept: text/event-stream\r\nAuthorization: Basic "
                        + Base64.getEncoder().encodeToString("alice:demo".getBytes(StandardCharsets.UTF_8))
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                socket.setSoTimeout(10_000);
                InputStream in = socket.getInputStream();
                byte[] head = new byte[64];
                assertThat(in.read(head)).isPositive();
                socket.setSoLinger(true, 0); // a reset, as a browser tab that is killed
            }
        }
        // the demo market moves an index every second: the server writes to the gone clients and finds them closed
        Thread.sleep(6_000);
        String written = Files.readString(log).substring((int) before);
        List<String> errors = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^.* ERROR .*$").matcher(written);
        while (line.find()) {
            errors.add(line.group());
        }
        assertThat(errors).isEmpty();
        assertThat(Api.as("alice").get("/api/v1/accounts").status()).isEqualTo(200);
    }

    private static HttpRequest.Builder as(String user, String path) {
        return HttpRequest.newBuilder(Api.SERVER.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
}
