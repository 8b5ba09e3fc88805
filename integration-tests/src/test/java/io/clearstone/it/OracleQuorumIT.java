package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * Trust in the oracle under a stolen or over-privileged credential: a quorum is of distinct reporting principals,
 * administrators report no prices, a move beyond the circuit breaker's band is held and alerted until a second,
 * independent quorum confirms it or an administrator releases it, and only a surface source's reporter replaces a
 * volatility surface. Each test lists its own symbol (quorum 2, suspects beyond 5%, band 20% per five minutes).
 */
@ExtendWith(ArquillianExtension.class)
class OracleQuorumIT {

    private final Map<String, String> reporters = new HashMap<>();
    private String coin;
    private String symbol;
    private String suffix;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void listAsset() {
        suffix = Api.unique().toLowerCase();
        coin = "R" + suffix.toUpperCase();
        symbol = coin + "-USD";
        Fixtures.listAsset(coin, 8, symbol);
        Api.Reply rules = Api.as("admin").put("/api/v1/oracle/symbols/" + symbol + "/rules",
                "{\"stalenessSeconds\":120,\"minQuorum\":2,\"maxDeviation\":0.05,\"maxMovePerInterval\":0.2,"
                        + "\"moveIntervalSeconds\":300}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
    }

    @Test
    void oneCredentialBehindSeveralSourcesIsOneVote() {
        String honest = register("h", "venue-a");
        String first = register("x", "oracle");
        String second = register("y", "oracle");
        String third = register("z", "oracle");

        observe(first, "100");
        JsonObject alone = observe(second, "100");
        assertThat(alone.getJsonObject("index").containsKey("price")).as("one principal sets no first index").isFalse();

        observe(honest, "100");
        assertThat(indexPrice()).isEqualByComparingTo("100");
        // the issue's attack: the same credential reports -30% for three sources; alone it outnumbered one honest one
        observe(first, "70");
        observe(second, "70");
        JsonObject forged = observe(third, "70");
        assertThat(forged.getString("status")).isEqualTo("SUSPECT");
        assertThat(indexPrice()).isEqualByComparingTo("100");
        assertThat(index().getBoolean("halted")).isFalse();
    }

    @Test
    void administratorsReportNoPrices() {
        String own = register("adm", "admin");
        String others = register("a", "venue-a");

        for (String source : List.of(own, others)) {
            Api.Reply refused = Api.as("admin").post("/api/v1/oracle/observations", body(source, "100"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(index().containsKey("price")).isFalse();
    }

    @Test
    void aThirtyPercentMoveFromOneQuorumIsHeldAndAlertedUntilAnIndependentQuorumConfirmsIt() {
        String[] sources = fourIndependentSources();
        observe(sources[0], "100");
        observe(sources[1], "100");
        assertThat(indexPrice()).isEqualByComparingTo("100");

        observe(sources[0], "70");
        JsonObject tripped = observe(sources[1], "70");
        assertThat(tripped.getString("status")).as(tripped.toString()).isEqualTo("HELD");
        JsonObject halted = index();
        assertThat(halted.getJsonNumber("price").bigDecimalValue()).as("the published index holds")
                .isEqualByComparingTo("100");
        assertThat(halted.getBoolean("halted")).isTrue();
        assertThat(halted.getJsonNumber("heldPrice").bigDecimalValue()).isEqualByComparingTo("70");
        JsonObject alert = alerts().get(0);
        assertThat(alert.getString("kind")).isEqualTo("HALTED");
        assertThat(alert.getString("actors")).isEqualTo("venue-a,venue-b");

        // one more reporter is not yet an independent quorum; a second one is
        assertThat(observe(sources[2], "70").getString("status")).isEqualTo("HELD");
        assertThat(indexPrice()).isEqualByComparingTo("100");
        JsonObject confirmed = observe(sources[3], "70");
        assertThat(confirmed.getString("status")).isEqualTo("ACCEPTED");
        assertThat(indexPrice()).isEqualByComparingTo("70");
        assertThat(index().getBoolean("halted")).isFalse();
        assertThat(alerts().get(0).getString("kind")).isEqualTo("CONFIRMED");
        assertThat(alerts().get(0).getString("actors")).isEqualTo("oracle2,venue-c");
    }

    @Test
    void anAdministratorReleasesAHeldIndexOnceAndOnlyAnAdministrator() {
        String[] sources = fourIndependentSources();
        observe(sources[0], "100");
        observe(sources[1], "100");
        observe(sources[0], "70");
        observe(sources[1], "70");
        assertThat(index().getBoolean("halted")).isTrue();

        Api.Reply byTrader = Api.as("alice").post("/api/v1/oracle/indices/" + symbol + "/release", "{}");
        assertThat(byTrader.status()).isEqualTo(403);
        Api.Reply byOracle = Api.as("venue-c").post("/api/v1/oracle/indices/" + symbol + "/release", "{}");
        assertThat(byOracle.status()).isEqualTo(403);
        assertThat(index().getBoolean("halted")).isTrue();

        Api.Reply released = Api.as("admin").post("/api/v1/oracle/indices/" + symbol + "/release", "{}");
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().getBoolean("halted")).isFalse();
        assertThat(released.json().getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("70");
        Api.Reply again = Api.as("admin").post("/api/v1/oracle/indices/" + symbol + "/release", "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("70");
        assertThat(alerts()).extracting(a -> a.getString("kind")).containsExactly("RELEASED", "HALTED");
        assertThat(alerts().get(0).getString("actors")).isEqualTo("admin");

        // the band starts again from the released level: the market at 70 is no new halt
        assertThat(observe(sources[2], "69").getString("status")).isEqualTo("ACCEPTED");
        assertThat(index().getBoolean("halted")).isFalse();
    }

    @Test
    void onlyTheReporterOfARegisteredSurfaceSourceReplacesASurface() {
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant quarter = month.plus(60, ChronoUnit.DAYS);
        String surface = "{\"points\":[" + point(month, 80, 0.6) + "," + point(month, 120, 0.5) + ","
                + point(quarter, 80, 0.6) + "," + point(quarter, 120, 0.55) + "]}";

        Api.Reply unregistered = Api.as("oracle2").put("/api/v1/oracle/surfaces/" + symbol, surface);
        assertThat(unregistered.status()).as(unregistered.toString()).isEqualTo(403);
        assertThat(unregistered.json().getString("type")).isEqualTo("/problems/security/forbidden");
        Api.Reply demoOnes = Api.as("oracle2").put("/api/v1/oracle/surfaces/BTC-USD", surface);
        assertThat(demoOnes.status()).as("the demo's surface is oracle's").isEqualTo(403);
        assertThat(Api.as("admin").put("/api/v1/oracle/surfaces/" + symbol, surface).status()).isEqualTo(403);

        Api.Reply registered = Api.as("admin").post("/api/v1/oracle/surface-sources", "{\"name\":\"s" + suffix
                + "\",\"underlying\":\"" + symbol + "\",\"description\":\"test desk\",\"reporter\":\"oracle2\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Reply withoutIndex = Api.as("oracle2").put("/api/v1/oracle/surfaces/" + symbol, surface);
        assertThat(withoutIndex.status()).as("no forward to check the surface against").isEqualTo(422);
        assertThat(withoutIndex.json().getString("field")).isEqualTo("underlying");
        observe(register("a", "venue-a"), "100");
        observe(register("b", "venue-b"), "100");
        Api.Reply pushed = Api.as("oracle2").put("/api/v1/oracle/surfaces/" + symbol, surface);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        assertThat(Api.as("oracle").put("/api/v1/oracle/surfaces/" + symbol, surface).status()).isEqualTo(403);

        Api.Reply unknownUnderlying = Api.as("admin").post("/api/v1/oracle/surface-sources", "{\"name\":\"t"
                + suffix + "\",\"underlying\":\"NOPE-USD\",\"description\":\"x\",\"reporter\":\"oracle2\"}");
        assertThat(unknownUnderlying.status()).isEqualTo(422);
        assertThat(unknownUnderlying.json().getString("field")).isEqualTo("underlying");
    }

    private static String point(Instant expiry, int strike, double vol) {
        return "{\"expiry\":\"" + expiry + "\",\"strike\":" + strike + ",\"volatility\":" + vol + "}";
    }

    /** Four sources, each its own principal. */
    private String[] fourIndependentSources() {
        return new String[] {register("a", "venue-a"), register("b", "venue-b"), register("c", "venue-c"),
                register("d", "oracle2")};
    }

    private String register(String prefix, String reporter) {
        String name = prefix + suffix;
        Api.Reply registered = Api.as("admin").post("/api/v1/oracle/sources", "{\"name\":\"" + name
                + "\",\"description\":\"integration test venue\",\"reporter\":\"" + reporter + "\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        reporters.put(name, reporter);
        return name;
    }

    private JsonObject observe(String source, String price) {
        Api.Reply reply = Api.as(reporters.get(source)).post("/api/v1/oracle/observations", body(source, price));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    private String body(String source, String price) {
        return "{\"symbol\":\"" + symbol + "\",\"source\":\"" + source + "\",\"price\":" + price
                + ",\"observedAt\":\"" + Instant.now() + "\"}";
    }

    private List<JsonObject> alerts() {
        Api.Reply reply = Api.as("risk").get("/api/v1/oracle/alerts?symbol=" + symbol);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().getValuesAs(JsonObject.class);
    }

    private JsonObject index() {
        return Api.as("alice").get("/api/v1/oracle/indices/" + symbol).json();
    }

    private BigDecimal indexPrice() {
        return index().getJsonNumber("price").bigDecimalValue();
    }
}
