package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * The index as oracle operators and everyone downstream see it: median of fresh sources, stale sources ignored, a
 * lone outlier held as suspect, a confirmed move accepted. Each test lists its own symbol and sources.
 */
@ExtendWith(ArquillianExtension.class)
class OracleIT {

    private String symbol;
    private String venueA;
    private String venueB;
    private String venueC;
    private final java.util.Map<String, String> reporters = new java.util.HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void listAssetWithThreeSources() {
        String suffix = Api.unique();
        symbol = "T" + suffix + "-USD";
        Fixtures.listAsset("T" + suffix, 8, symbol);
        // a circuit-breaker band of 100%: these tests are about the median; OracleQuorumIT tests the breaker
        Api.Reply rules = Api.as("admin").put("/api/v1/oracle/symbols/" + symbol + "/rules",
                "{\"stalenessSeconds\":60,\"minQuorum\":2,\"maxDeviation\":0.05,\"maxMovePerInterval\":1}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        venueA = register("a" + suffix.toLowerCase(), "venue-a");
        venueB = register("b" + suffix.toLowerCase(), "venue-b");
        venueC = register("c" + suffix.toLowerCase(), "venue-c");
    }

    @Test
    void indexIsTheMedianOfFreshSourcesOnceAQuorumReports() {
        JsonObject first = observe(venueA, "100", Instant.now());
        assertThat(first.getString("status")).isEqualTo("PENDING");
        assertThat(first.getJsonObject("index").containsKey("price")).as("no index before a quorum").isFalse();

        observe(venueB, "102", Instant.now());
        assertThat(indexPrice()).isEqualByComparingTo("101");
        observe(venueC, "101.5", Instant.now());
        assertThat(indexPrice()).isEqualByComparingTo("101.5");
    }

    @Test
    void staleSourceIsIgnored() {
        observe(venueA, "100", Instant.now());
        observe(venueB, "102", Instant.now());
        JsonObject stale = observe(venueC, "300", Instant.now().minus(10, ChronoUnit.MINUTES));

        assertThat(stale.getString("status")).isEqualTo("STALE");
        assertThat(indexPrice()).isEqualByComparingTo("101");
        assertThat(index().getInt("sourceCount")).isEqualTo(2);
    }

    @Test
    void singleOutlierIsHeldAsSuspectAndDoesNotMoveTheIndex() {
        observe(venueA, "100", Instant.now());
        observe(venueB, "100.4", Instant.now());
        JsonObject outlier = observe(venueC, "150", Instant.now());

        assertThat(outlier.getString("status")).isEqualTo("SUSPECT");
        assertThat(outlier.getJsonArray("suspects").getString(0)).isEqualTo(venueC);
        assertThat(indexPrice()).isEqualByComparingTo("100.2");
    }

    @Test
    void moveConfirmedByAQuorumOfSourcesIsAccepted() {
        observe(venueA, "100", Instant.now());
        observe(venueB, "100", Instant.now());
        observe(venueC, "100", Instant.now());

        assertThat(observe(venueA, "130", Instant.now()).getString("status")).isEqualTo("SUSPECT");
        assertThat(indexPrice()).isEqualByComparingTo("100");
        JsonObject confirmation = observe(venueB, "131", Instant.now());

        assertThat(confirmation.getString("status")).isEqualTo("ACCEPTED");
        assertThat(indexPrice()).isEqualByComparingTo("130.5");
    }

    @Test
    void resendingAnObservationIsHarmlessAndAConflictingOneIsRefused() {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        JsonObject original = observe(venueA, "100", at);
        JsonObject again = observe(venueA, "100", at);
        assertThat(again.getJsonNumber("observationId")).isEqualTo(original.getJsonNumber("observationId"));

        Api.Reply conflicting = Api.as(reporters.get(venueA)).post("/api/v1/oracle/observations", body(venueA, "99", at));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.json().getString("type")).isEqualTo("/problems/oracle/conflicting-observation");
    }

    @Test
    void observationsFromUnknownSourcesOrTheFutureAreRefused() {
        Api.Reply unknown = Api.as("oracle").post("/api/v1/oracle/observations", body("nobody", "1", Instant.now()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().getString("field")).isEqualTo("source");

        Api.Reply future = Api.as(reporters.get(venueA)).post("/api/v1/oracle/observations",
                body(venueA, "1", Instant.now().plus(1, ChronoUnit.HOURS)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().getString("field")).isEqualTo("observedAt");

        Api.Reply trader = Api.as("alice").post("/api/v1/oracle/observations", body(venueA, "1", Instant.now()));
        assertThat(trader.status()).isEqualTo(403);
        assertThat(trader.isProblem()).isTrue();
    }

    @Test
    void anOracleReportsOnlyForTheSourcesItIsTheReporterOf() {
        Api.Reply impostor = Api.as("oracle2").post("/api/v1/oracle/observations", body(venueA, "100", Instant.now()));
        assertThat(impostor.status()).as(impostor.toString()).isEqualTo(403);
        assertThat(impostor.json().getString("type")).isEqualTo("/problems/security/forbidden");
        assertThat(index().containsKey("price")).isFalse();
    }

    @Test
    void aFatFingeredFirstQuoteDoesNotSetTheFirstIndex() {
        observe(venueA, "65000", Instant.now());
        JsonObject typo = observe(venueB, "6500", Instant.now());
        assertThat(typo.getJsonObject("index").containsKey("price")).as("two sources that disagree: no index").isFalse();

        observe(venueC, "65100", Instant.now());
        assertThat(indexPrice()).isEqualByComparingTo("65050");
        assertThat(index().getBoolean("stale")).isFalse();
    }

    @Test
    void timeWeightedAverageFollowsTheIndex() {
        observe(venueA, "200", Instant.now());
        observe(venueB, "200", Instant.now());
        JsonObject twap = Api.as("risk").get("/api/v1/oracle/indices/" + symbol + "/twap?window=PT1M").json();
        assertThat(twap.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("200");

        Api.Reply badWindow = Api.as("risk").get("/api/v1/oracle/indices/" + symbol + "/twap?window=forever");
        assertThat(badWindow.status()).isEqualTo(422);
        assertThat(badWindow.json().getString("field")).isEqualTo("window");
    }

    /** Each source its own reporter: a quorum is of distinct principals. */
    private String register(String name, String reporter) {
        Api.Reply registered = Api.as("admin").post("/api/v1/oracle/sources", "{\"name\":\"" + name
                + "\",\"description\":\"integration test venue\",\"reporter\":\"" + reporter + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        reporters.put(name, reporter);
        return name;
    }

    private JsonObject observe(String source, String price, Instant at) {
        Api.Reply reply = Api.as(reporters.get(source)).post("/api/v1/oracle/observations", body(source, price, at));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private String body(String source, String price, Instant at) {
        return "{\"symbol\":\"" + symbol + "\",\"source\":\"" + source + "\",\"price\":" + price
                + ",\"observedAt\":\"" + at + "\"}";
    }

    private JsonObject index() {
        return Api.as("alice").get("/api/v1/oracle/indices/" + symbol).json();
    }

    private BigDecimal indexPrice() {
        return index().getJsonNumber("price").bigDecimalValue();
    }
}
