package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Wrong passwords slow their sender down but never lock the identity out, and one identity's burst of writes is
 * refused without touching anyone else's. The server under test trusts X-Forwarded-For from 127.0.0.1 and backs off
 * from 0.5 s to at most 2 s after five free failures (arquillian.xml), so a test can play several clients.
 */
@ExtendWith(ArquillianExtension.class)
class ThrottlingIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final int FREE_FAILURES = 5;
    private static final String RATE = "clearstone.rate-limit.writes.per-second";
    private static final String BURST = "clearstone.rate-limit.writes.burst";

    @ArquillianResource
    private ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void restoreDefaultRateLimits() {
        removeSystemProperty(RATE);
        removeSystemProperty(BURST);
    }

    @Test
    void wrongPasswordsEarnAGrowingBackoffWhileTheRightOneStillGetsIn() throws InterruptedException {
        for (int i = 0; i < FREE_FAILURES; i++) {
            assertThat(me("alice", "guess-" + i, null).status).as("free failure " + i).isEqualTo(401);
        }
        Reply throttled = me("alice", "guess-next", null);
        assertThat(throttled.status).as(throttled.toString()).isEqualTo(429);
        assertThat(throttled.contentType).startsWith("application/problem+json");
        assertThat(throttled.json().getString("type")).isEqualTo("/problems/security/login-throttled");
        assertThat(throttled.retryAfter).isPositive();

        // the attacker waits each backoff out: every wait is at least as long as the last, and it grows
        List<Integer> waits = new ArrayList<>();
        waits.add(throttled.retryAfter);
        for (int i = FREE_FAILURES; i < 10; i++) {
            Thread.sleep(waits.get(waits.size() - 1) * 1000L);
            assertThat(me("alice", "guess-" + i, null).status).as("failure " + i + " after its backoff")
                    .isEqualTo(401);
            waits.add(me("alice", "guess-again", null).retryAfter);
        }
        assertThat(waits).isSorted();
        assertThat(waits.get(waits.size() - 1)).isGreaterThan(waits.get(0)).isLessThanOrEqualTo(2);

        // the throttle, not the realm, answers from this address: even the right password waits here
        Reply sameAddress = me("alice", "demo", null);
        assertThat(sameAddress.status).isEqualTo(429);
        // another client is not held up, nor is another identity from the attacker's address
        assertThat(me("alice", "demo", "203.0.113.7").status).isEqualTo(200);
        assertThat(me("bob", "demo", null).status).isEqualTo(200);

        Thread.sleep(sameAddress.retryAfter * 1000L);
        assertThat(me("alice", "demo", null).status).as("after the backoff").isEqualTo(200);
        // the success reset the count: the next mistake is an ordinary 401, not another wait
        assertThat(me("alice", "one-typo", null).status).isEqualTo(401);
        assertThat(me("alice", "demo", null).status).isEqualTo(200);
    }

    @Test
    void tenWrongPasswordsDoNotLockTheIdentityOut() throws InterruptedException {
        int failures = 0;
        while (failures < 10) {
            Reply reply = me("carol", "guess-" + failures, "198.51.100.23");
            if (reply.status == 429) {
                Thread.sleep(reply.retryAfter * 1000L);
            } else {
                assertThat(reply.status).as(reply.toString()).isEqualTo(401);
                failures++;
            }
        }
        Reply owner = me("carol", "demo", null);
        assertThat(owner.status).as("the right password from the owner's own address: " + owner).isEqualTo(200);
    }

    @Test
    void aBurstOfWritesIsRefusedForItsIdentityOnly() {
        // one token per 20 s: however slow a loaded machine makes the three writes, no token comes back meanwhile
        setSystemProperty(RATE, "0.05");
        setSystemProperty(BURST, "3");
        for (int i = 0; i < 3; i++) {
            assertThat(openAccount("alice").status).as("write " + i + " within the burst").isEqualTo(201);
        }
        Reply refused = openAccount("alice");
        assertThat(refused.status).as(refused.toString()).isEqualTo(429);
        assertThat(refused.contentType).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("/problems/request/rate-limited");
        assertThat(refused.json().getInt("status")).isEqualTo(429);
        assertThat(refused.retryAfter).isBetween(1, 20);

        assertThat(openAccount("bob").status).as("another identity's writes").isEqualTo(201);
        assertThat(send("alice", "demo", null, get("/api/v1/accounts")).status).as("alice's reads").isEqualTo(200);
    }

    private Reply me(String user, String password, String forwardedFor) {
        return send(user, password, forwardedFor, get("/api/v1/me"));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(Api.SERVER.resolve(path)).GET();
    }

    private Reply openAccount(String owner) {
        return send(owner, "demo", null, HttpRequest.newBuilder(Api.SERVER.resolve("/api/v1/accounts"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey()));
    }

    private static Reply send(String user, String password, String forwardedFor, HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").map(Integer::valueOf).orElse(0), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void setSystemProperty(String name, String value) {
        removeSystemProperty(name);
        ModelNode add = operation("add", name);
        add.get("value").set(value);
        execute(add, true);
    }

    private void removeSystemProperty(String name) {
        execute(operation("remove", name), false);
    }

    private static ModelNode operation(String name, String property) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").add("system-property", property);
        return operation;
    }

    private void execute(ModelNode operation, boolean mustSucceed) {
        try {
            ModelNode result = management.getControllerClient().execute(operation);
            if (mustSucceed) {
                assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response with the header this test is about. */
    private record Reply(int status, String contentType, int retryAfter, String body) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " Retry-After=" + retryAfter + " " + body;
        }
    }
}
