package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the API (as its OpenAPI document lists them) × every demo identity, against a declared table of
 * which roles may call what: an identity whose role is not in the table is refused (401 without a valid login, 403
 * otherwise, as problem+json); one whose role is gets past security (any other answer: the request is deliberately
 * malformed or names nothing, so that nothing changes). An operation missing from the table fails the suite, so that a
 * new endpoint must be classified; to change who may do what, change {@link #ALLOWED} (and {@link #IDENTITIES} for a
 * new demo login).
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String TRADER = "trader";
    private static final String RISK = "risk-officer";
    private static final String ORACLE = "oracle";
    private static final String ADMIN = "admin";
    private static final String VENUE = "venue";
    private static final Set<String> ANY_ROLE = Set.of(TRADER, RISK, ORACLE, ADMIN);

    /** Demo login → its role. */
    private static final Map<String, String> IDENTITIES = ordered(
            "alice", TRADER, "bob", TRADER, "carol", TRADER,
            "risk", RISK,
            "oracle", ORACLE, "oracle2", ORACLE,
            "admin", ADMIN,
            // a venue's login also reports its venue quotes as an oracle: it holds both roles
            "venue-a", ORACLE + "," + VENUE);

    /** "METHOD /path as in the OpenAPI document" → the roles that may call it. */
    private static final Map<String, Set<String>> ALLOWED = new TreeMap<>();

    static {
        allow("GET /api/v1/me", ANY_ROLE);

        allow("GET /api/v1/accounts", TRADER, RISK, ADMIN);
        allow("POST /api/v1/accounts", TRADER, ADMIN);
        for (String read : List.of("", "/balances", "/journal", "/positions", "/margin", "/margin/profile",
                "/summary")) {
            allow("GET /api/v1/accounts/{id}" + read, TRADER, RISK, ADMIN);
        }
        allow("POST /api/v1/accounts/{id}/deposits", TRADER, ADMIN);
        allow("POST /api/v1/accounts/{id}/withdrawals", TRADER, ADMIN);

        allow("GET /api/v1/assets", ANY_ROLE);
        allow("GET /api/v1/assets/{symbol}", ANY_ROLE);
        allow("POST /api/v1/assets", ADMIN);
        allow("PUT /api/v1/assets/{symbol}/collateral-policy", ADMIN);

        allow("GET /api/v1/plugins", ANY_ROLE);
        allow("GET /api/v1/instruments", ANY_ROLE);
        allow("GET /api/v1/instruments/{id}", ANY_ROLE);
        allow("GET /api/v1/instruments/{id}/funding", ANY_ROLE);
        allow("GET /api/v1/instruments/{id}/events", TRADER, RISK, ADMIN);
        allow("POST /api/v1/instruments", ADMIN);
        allow("POST /api/v1/instruments/{id}/settlement", ADMIN);
        allow("POST /api/v1/instruments/{id}/venue-quotes", ORACLE);
        allow("PUT /api/v1/instruments/{id}/shortfall-policy", ADMIN);

        allow("POST /api/v1/trades", ADMIN, VENUE);
        allow("POST /api/v1/trade-batches", ADMIN, VENUE);
        allow("GET /api/v1/venues", ADMIN, RISK);
        allow("PUT /api/v1/venues/{name}/instruments/{id}", ADMIN);
        allow("DELETE /api/v1/venues/{name}/instruments/{id}", ADMIN);

        allow("GET /api/v1/oracle/indices", ANY_ROLE);
        allow("GET /api/v1/oracle/indices/{symbol}", ANY_ROLE);
        allow("GET /api/v1/oracle/indices/{symbol}/twap", ANY_ROLE);
        allow("GET /api/v1/oracle/sources", ANY_ROLE);
        allow("GET /api/v1/oracle/surfaces/{underlying}", ANY_ROLE);
        allow("GET /api/v1/oracle/alerts", ANY_ROLE);
        allow("GET /api/v1/oracle/surface-sources", ANY_ROLE);
        // prices come from reporters only: administrators manage sources and rules, and release a held index
        allow("POST /api/v1/oracle/observations", ORACLE);
        allow("PUT /api/v1/oracle/surfaces/{underlying}", ORACLE);
        // implying volatilities changes nothing; storing them as a surface the domain lets only its reporter do
        allow("POST /api/v1/oracle/implied-volatilities", RISK, ORACLE, ADMIN);
        allow("POST /api/v1/oracle/surface-sources", ADMIN);
        allow("POST /api/v1/oracle/indices/{symbol}/release", ADMIN);
        allow("POST /api/v1/oracle/sources", ADMIN);
        allow("PUT /api/v1/oracle/symbols/{symbol}/rules", ADMIN);

        allow("GET /api/v1/liquidations", TRADER, RISK, ADMIN);
        allow("GET /api/v1/insurance-fund", TRADER, RISK, ADMIN);
        allow("GET /api/v1/ledger/reconciliation", RISK, ADMIN);
        allow("GET /api/v1/margin/book", RISK, ADMIN);
        allow("POST /api/v1/margin/book/reload", ADMIN);
        allow("GET /api/v1/cluster", RISK, ADMIN);
        allow("GET /api/v1/events", RISK, ADMIN);

        allow("GET /api/v1/pools", TRADER, RISK, ORACLE, ADMIN);
        for (String read : List.of("", "/pricing", "/reconciliation", "/waterfalls")) {
            allow("GET /api/v1/pools/{id}" + read, TRADER, RISK, ORACLE, ADMIN);
        }
        allow("POST /api/v1/pools", ADMIN);
        allow("GET /api/v1/pools/proposals", TRADER, RISK, ORACLE, ADMIN);
        allow("GET /api/v1/pools/proposals/{id}", TRADER, RISK, ORACLE, ADMIN);
        // any role may ask; only the sponsor account's owner is let through by the domain (PoolSponsorConsentIT)
        allow("POST /api/v1/pools/proposals/{id}/approval", TRADER, RISK, ORACLE, ADMIN);
        allow("POST /api/v1/pools/{id}/servicer-reports", ORACLE);
        allow("POST /api/v1/pools/{id}/waterfalls", ORACLE, ADMIN);

        for (String read : List.of("", "/graphml", "/clearing", "/debtrank", "/debtrank/ranking", "/thresholds",
                "/resilience", "/alerts", "/structure", "/snapshots", "/snapshots/{id}", "/jobs/{id}")) {
            allow("GET /api/v1/risk-graph" + read, RISK, ADMIN);
        }
        for (String write : List.of("/nodes", "/exposures", "/import", "/what-if", "/snapshots", "/jobs")) {
            allow("POST /api/v1/risk-graph" + write, RISK, ADMIN);
        }
    }

    private static final String NO_SUCH_ID = "999999999";

    /** Each trader's own (first, demo) account: a trader is tried on its own, everybody else on alice's. */
    private static final Map<String, Long> OWN_ACCOUNT = new TreeMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void findTheTradersAccounts() {
        for (String trader : List.of("alice", "bob", "carol")) {
            OWN_ACCOUNT.put(trader, Api.as(trader).get("/api/v1/accounts").array().stream()
                    .mapToLong(a -> a.asJsonObject().getJsonNumber("id").longValue()).min().orElseThrow());
        }
    }

    @Test
    void everyOperationOfTheApiIsClassified() {
        Map<String, Operation> listed = operations();

        Set<String> unclassified = new TreeSet<>(listed.keySet());
        unclassified.removeAll(ALLOWED.keySet());
        Set<String> gone = new TreeSet<>(ALLOWED.keySet());
        gone.removeAll(listed.keySet());

        assertThat(unclassified).as("operations the OpenAPI document lists but ALLOWED does not classify: add each "
                + "to the table with the roles that may call it").isEmpty();
        assertThat(gone).as("operations in the table that the API no longer has").isEmpty();
    }

    @Test
    void eachIdentityCallsExactlyWhatItsRoleMay() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : operations().values()) {
            Set<String> allowed = ALLOWED.getOrDefault(operation.key(), Set.of());
            for (Map.Entry<String, String> identity : IDENTITIES.entrySet()) {
                String user = identity.getKey();
                Outcome outcome = call(operation, basic(user, "demo"), pathFor(operation, user));
                boolean refused = outcome.status() == 401 || outcome.status() == 403;
                boolean mayCall = List.of(identity.getValue().split(",")).stream().anyMatch(allowed::contains);
                if (mayCall == refused) {
                    wrong.add(operation.key() + " as " + user + " (" + identity.getValue() + "): " + outcome);
                } else if (refused && (outcome.status() != 403 || !outcome.isProblem())) {
                    wrong.add(operation.key() + " as " + user + " refused, but not as a 403 problem: " + outcome);
                }
            }
            for (Map.Entry<String, String> stranger : Map.of("anonymous", "", "alice with a wrong password",
                    basic("alice", "not-the-password")).entrySet()) {
                // each wrong guess from an address of its own: the login throttle (ThrottlingIT) answers a pair
                // that keeps failing with 429, and would keep alice waiting for the tests after this one
                Outcome outcome = call(operation, stranger.getValue(), pathFor(operation, "alice"), "{",
                        Map.of("X-Forwarded-For", freshClientAddress()));
                if (outcome.status() != 401 || !outcome.isProblem()) {
                    wrong.add(operation.key() + " as " + stranger.getKey() + ": " + outcome + " (expected a 401 "
                            + "problem)");
                }
            }
        }
        assertThat(wrong).as("calls whose outcome contradicts the role table").isEmpty();
    }

    /** A trader never reads nor moves another trader's account, on any account operation of the API. */
    @Test
    void aTraderNeverReachesAnotherTradersAccount() {
        Map<String, String> victims = ordered("alice", "bob", "bob", "alice", "carol", "alice");
        List<String> reached = new ArrayList<>();
        for (Operation operation : operations().values()) {
            if (!operation.path().startsWith("/api/v1/accounts/{id}")) {
                continue;
            }
            for (Map.Entry<String, String> pair : victims.entrySet()) {
                String trader = pair.getKey();
                String victim = pair.getValue();
                String path = operation.path().replace("{id}", String.valueOf(OWN_ACCOUNT.get(victim)))
                        + wellFormedQuery(operation);
                // a well-formed request, so that only ownership can stop it
                Outcome outcome = call(operation, basic(trader, "demo"), path,
                        "{\"asset\":\"USDC\",\"amount\":1}");
                if (outcome.status() != 404 && outcome.status() != 403 || !outcome.isProblem()
                        || outcome.body().contains("\"" + victim + "\"")) {
                    reached.add(operation.key() + ": " + trader + " on " + victim + "'s account " + path + ": "
                            + outcome);
                }
            }
        }
        for (Map.Entry<String, String> pair : victims.entrySet()) {
            String trader = pair.getKey();
            Api.Reply events = Api.as(trader).get("/api/v1/liquidations?accountId=" + OWN_ACCOUNT.get(pair.getValue()));
            if (events.status() != 404 && events.status() != 403) {
                reached.add("liquidations of " + pair.getValue() + "'s account as " + trader + ": " + events);
            }
            assertThat(Api.as(trader).get("/api/v1/accounts").array().stream()
                    .map(a -> a.asJsonObject().getString("owner"))).as(trader + " lists only its own accounts")
                    .containsOnly(trader);
        }
        assertThat(OWN_ACCOUNT).as("the demo's accounts").containsEntry("alice", 5L).containsEntry("bob", 6L);
        assertThat(reached).as("another trader's account reached").isEmpty();
    }

    /** One operation of the OpenAPI document, with the media type of its request body if it takes one. */
    private record Operation(String method, String path, String bodyType, List<String> queryParameters) {

        String key() {
            return method + " " + path;
        }
    }

    private static Map<String, Operation> operations() {
        Api.Reply document = Api.anonymous().get("/openapi?format=JSON");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);
        Map<String, Operation> operations = new TreeMap<>();
        JsonObject paths = document.json().getJsonObject("paths");
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.keySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                    continue; // path-level parameters, summaries
                }
                JsonObject operation = item.getJsonObject(method);
                String bodyType = null;
                if (operation.containsKey("requestBody")
                        && operation.getJsonObject("requestBody").containsKey("content")) {
                    bodyType = operation.getJsonObject("requestBody").getJsonObject("content").keySet().iterator()
                            .next();
                }
                List<String> query = operation.containsKey("parameters") ? operation.getJsonArray("parameters")
                        .stream().map(JsonValue::asJsonObject).filter(p -> p.getString("in").equals("query"))
                        .map(p -> p.getString("name")).toList() : List.of();
                // the CSV import and the JSON import share a path and method: one operation for the table
                Operation listed = new Operation(method.toUpperCase(), path, bodyType, query);
                operations.put(listed.key(), listed);
            }
        }
        return operations;
    }

    /** Query parameters a request needs to be well-formed (say, an underlying), so that validation does not stop it. */
    private static final Map<String, String> WELL_FORMED_QUERY = Map.of("underlying", "BTC-USD");

    private static String wellFormedQuery(Operation operation) {
        List<String> pairs = operation.queryParameters().stream().filter(WELL_FORMED_QUERY::containsKey)
                .map(name -> name + "=" + WELL_FORMED_QUERY.get(name)).toList();
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    /** The operation's path with its parameters filled: the identity's own account, or ids that name nothing. */
    private static String pathFor(Operation operation, String user) {
        String account = String.valueOf(OWN_ACCOUNT.getOrDefault(user, OWN_ACCOUNT.get("alice")));
        String path = operation.path();
        if (path.startsWith("/api/v1/accounts/")) {
            path = path.replace("{id}", account);
        }
        return path.replace("{id}", NO_SUCH_ID).replace("{symbol}", path.contains("/oracle/") ? "BTC-USD" : "BTC")
                .replace("{underlying}", "BTC").replaceAll("\\{[^}]+}", "none");
    }

    /** With a malformed body and no Idempotency-Key: whoever gets past security changes nothing. */
    private static Outcome call(Operation operation, String authorization, String path) {
        return call(operation, authorization, path, "{");
    }

    private static Outcome call(Operation operation, String authorization, String path, String jsonBody) {
        return call(operation, authorization, path, jsonBody, Map.of());
    }

    /** How many calls the strangers made, to give each its own client address. */
    private static int strangerCalls;

    /** A client address no call has used yet (the tests' server trusts X-Forwarded-For from 127.0.0.1). */
    private static String freshClientAddress() {
        strangerCalls++;
        return "10.13." + strangerCalls / 250 + "." + (strangerCalls % 250 + 1);
    }

    /**
     * One plain HTTP/1.1 exchange per call, the connection closed after it, with timeouts that hold while the server
     * answers before reading the body (a 401 does); an event stream's answer is read up to its headers only, so that
     * the server keeps no subscriber (an open one blocks the server's undeployment at the end of the suite).
     */
    private static Outcome call(Operation operation, String authorization, String path, String jsonBody,
            Map<String, String> headers) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) Api.SERVER.resolve(URI.create(path)).toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestMethod(operation.method());
            connection.setRequestProperty("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1");
            if (!authorization.isEmpty()) {
                connection.setRequestProperty("Authorization", authorization);
            }
            headers.forEach(connection::setRequestProperty);
            if (!operation.method().equals("GET") && !operation.method().equals("DELETE")) {
                String type = operation.bodyType() == null ? "application/json" : operation.bodyType();
                byte[] body = (type.contains("json") ? jsonBody : "").getBytes(StandardCharsets.UTF_8);
                connection.setRequestProperty("Content-Type", type);
                if (!jsonBody.equals("{")) {
                    connection.setRequestProperty("Idempotency-Key", Api.newKey());
                }
                connection.setDoOutput(true);
                try (var out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            String type = connection.getContentType() == null ? "" : connection.getContentType();
            String body = "";
            boolean stream = type.startsWith("text/event-stream"); // never ends: headers only
            InputStream answer = status >= 400 ? connection.getErrorStream() : stream ? null
                    : connection.getInputStream();
            if (answer != null) {
                try (answer) {
                    body = new String(answer.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new Outcome(status, type, body);
        } catch (IOException e) {
            throw new UncheckedIOException(path + " " + operation.key(), e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private record Outcome(int status, String contentType, String body) {

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
        }
    }

    private static void allow(String operation, String... roles) {
        allow(operation, Set.of(roles));
    }

    private static void allow(String operation, Set<String> roles) {
        if (ALLOWED.put(operation, roles) != null) {
            throw new IllegalStateException(operation + " is classified twice");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
