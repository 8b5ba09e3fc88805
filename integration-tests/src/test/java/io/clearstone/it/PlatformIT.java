package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** The deployed platform as an operator first meets it: landing page, API document, health, database. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void landingPageIsTheConsoleSignInAndLinksTheApiDocumentation() {
        Api.Reply page = Api.anonymous().get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/openapi\"").contains("id=\"login-form\"")
                .contains("webjars/cytoscape/");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        Api.Reply document = Api.anonymous().get("/openapi?format=JSON");
        assertThat(document.status()).isEqualTo(200);
        JsonObject paths = document.json().getJsonObject("paths");
        assertThat(paths.keySet()).contains("/api/v1/accounts/{id}/deposits", "/api/v1/oracle/observations",
                "/api/v1/ledger/reconciliation");
    }

    @Test
    void readinessIncludesTheDatabaseTheSuiteExpects() {
        Api.Reply ready = Api.send(HttpRequest.newBuilder(Api.MANAGEMENT.resolve("/health/ready")).GET());
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonObject database = ready.json().getJsonArray("checks").stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("product"))
                .isEqualTo(System.getProperty("expected.db", "H2"));

        Api.Reply live = Api.send(HttpRequest.newBuilder(Api.MANAGEMENT.resolve("/health/live")).GET());
        assertThat(live.status()).isEqualTo(200);
    }

    @Test
    void unauthenticatedApiCallsAreRefused() {
        Api.Reply reply = Api.anonymous().get("/api/v1/accounts");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        assertThat(reply.json().getString("type")).isEqualTo("/problems/http/401");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(Api.as("alice", "not-the-password").get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void unknownPathsAndBadParametersAreProblemsThatLeakNothing() {
        Api.Reply missing = Api.as("alice").get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().getString("type")).isEqualTo("/problems/http/404");
        assertThat(missing.body()).doesNotContain("RESTEASY").doesNotContain("127.0.0.1");

        long account = Fixtures.openAccount("alice");
        Api.Reply badLimit = Api.as("alice").get("/api/v1/accounts/" + account + "/journal?limit=abc");
        assertThat(badLimit.status()).isEqualTo(422);
        assertThat(badLimit.json().getString("field")).isEqualTo("limit");
    }

    @Test
    void callerSeesItsOwnIdentityAndRoles() {
        JsonObject me = Api.as("risk").get("/api/v1/me").json();
        assertThat(me.getString("name")).isEqualTo("risk");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("risk-officer");
    }
}
