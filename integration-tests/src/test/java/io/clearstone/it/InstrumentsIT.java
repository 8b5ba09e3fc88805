package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** Plugins discovered in the deployed EAR, and instruments created through them from JSON terms. */
@ExtendWith(ArquillianExtension.class)
class InstrumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theOptionsPluginIsInstalledAndDescribesItself() {
        JsonObject options = Api.as("risk").get("/api/v1/plugins").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("typeId").equals("option.european")).findFirst().orElseThrow();
        assertThat(options.getInt("termsVersion")).isEqualTo(1);
        assertThat(Api.as("risk").get("/api/v1/plugins").array().stream()
                .map(v -> v.asJsonObject().getString("typeId"))).contains("swap.perpetual", "future.dated")
                .doesNotContain("option.digital");
        assertThat(options.getString("help")).contains("INVERSE");
        assertThat(options.getJsonArray("properties").stream().map(p -> p.asJsonObject().getString("name")))
                .contains("linear-settlement-asset", "margin.initial-floor");
    }

    @Test
    void anAdminCreatesAnInverseOptionAndEveryoneCanReadIt() {
        Api.Reply created = create("admin", option("INVERSE", "CALL", "80000", inAMonth()), Api.newKey());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject instrument = created.json();
        assertThat(instrument.getString("type")).isEqualTo("option.european");
        assertThat(instrument.getString("underlying")).isEqualTo("BTC-USD");
        assertThat(instrument.getString("settlementAsset")).isEqualTo("BTC");
        assertThat(instrument.getJsonObject("terms").getJsonNumber("strike").bigDecimalValue())
                .isEqualByComparingTo("80000");
        assertThat(instrument.getJsonObject("terms").getJsonNumber("contractSize").intValue()).isEqualTo(1);

        long id = instrument.getJsonNumber("id").longValue();
        assertThat(Api.as("alice").get("/api/v1/instruments/" + id).json()).isEqualTo(instrument);
    }

    @Test
    void aLinearOptionSettlesInTheConfiguredStablecoin() {
        Api.Reply created = create("admin", option("LINEAR", "PUT", "60000", inAMonth()), Api.newKey());
        assertThat(created.json().getString("settlementAsset")).isEqualTo("USDC");
    }

    @Test
    void invalidTermsAreRefusedWithEveryFieldAtFault() {
        Api.Reply refused = create("admin", "{\"type\":\"option.european\",\"terms\":{\"underlying\":\"BTC-USD\","
                + "\"style\":\"SIDEWAYS\",\"strike\":\"lots\",\"expiry\":\"" + inAMonth() + "\"}}", Api.newKey());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/instrument/invalid-terms");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("terms.style", "terms.right", "terms.strike");
    }

    @Test
    void businessRulesAndReferenceDataAreChecked() {
        Api.Reply negative = create("admin", option("LINEAR", "CALL", "-5", inAMonth()), Api.newKey());
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.json().getString("field")).isEqualTo("terms.strike");

        Api.Reply expired = create("admin", option("LINEAR", "CALL", "50000", Instant.now().minus(1, ChronoUnit.DAYS)),
                Api.newKey());
        assertThat(expired.json().getString("field")).isEqualTo("terms.expiry");

        Api.Reply unknownIndex = create("admin", option("LINEAR", "CALL", "50000", inAMonth())
                .replace("BTC-USD", "XYZ-USD"), Api.newKey());
        assertThat(unknownIndex.json().getString("field")).isEqualTo("terms.underlying");

        Api.Reply unknownType = create("admin", "{\"type\":\"swap.variance\",\"terms\":{}}", Api.newKey());
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.json().getString("field")).isEqualTo("type");
    }

    @Test
    void aDatedFutureIsCreatedWithItsDefaultsStatedAndExpiresAtItsExpiry() {
        Instant expiry = inAMonth().truncatedTo(ChronoUnit.DAYS).plus(8, ChronoUnit.HOURS);
        Api.Reply linear = create("admin", "{\"type\":\"future.dated\",\"terms\":{\"underlying\":\"BTC-USD\","
                + "\"style\":\"LINEAR\",\"contractSize\":0.001,\"tickSize\":0.5,\"expiry\":\"" + expiry + "\"}}",
                Api.newKey());

        assertThat(linear.status()).as(linear.toString()).isEqualTo(201);
        assertThat(linear.json().getString("settlementAsset")).isEqualTo("USDC");
        assertThat(Instant.parse(linear.json().getString("expiresAt"))).isEqualTo(expiry);
        JsonObject terms = linear.json().getJsonObject("terms");
        assertThat(terms.getString("settlementPeriod")).isEqualTo("PT24H");
        assertThat(terms.getString("dailySettlementTime")).isEqualTo("08:00");
        assertThat(terms.getString("settlementWindow")).isEqualTo("PT30M");

        Api.Reply inverse = create("admin", "{\"type\":\"future.dated\",\"terms\":{\"underlying\":\"BTC-USD\","
                + "\"style\":\"INVERSE\",\"contractSize\":100,\"tickSize\":0.5,\"expiry\":\"" + expiry
                + "\",\"settlementPeriod\":\"PT8H\"}}", Api.newKey());
        assertThat(inverse.status()).as(inverse.toString()).isEqualTo(201);
        assertThat(inverse.json().getString("settlementAsset")).isEqualTo("BTC");

        Api.Reply offTime = create("admin", "{\"type\":\"future.dated\",\"terms\":{\"underlying\":\"BTC-USD\","
                + "\"style\":\"LINEAR\",\"contractSize\":0.001,\"tickSize\":0.5,\"expiry\":\""
                + expiry.plus(1, ChronoUnit.HOURS) + "\",\"settlementWindow\":\"PT25H\"}}", Api.newKey());
        assertThat(offTime.status()).as(offTime.toString()).isEqualTo(422);
        assertThat(offTime.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .containsExactlyInAnyOrder("terms.expiry", "terms.settlementWindow");
    }

    @Test
    void onlyAdminsCreateInstrumentsAndRetriesCreateOnce() {
        assertThat(create("alice", option("LINEAR", "CALL", "70000", inAMonth()), Api.newKey()).status())
                .isEqualTo(403);

        String key = Api.newKey();
        String body = option("LINEAR", "CALL", "71000", inAMonth());
        long first = create("admin", body, key).json().getJsonNumber("id").longValue();
        long retry = create("admin", body, key).json().getJsonNumber("id").longValue();
        assertThat(retry).isEqualTo(first);
    }

    private static Api.Reply create(String user, String body, String key) {
        return Api.as(user).post("/api/v1/instruments", body, key);
    }

    static String option(String style, String right, String strike, Instant expiry) {
        return "{\"type\":\"option.european\",\"terms\":{\"underlying\":\"BTC-USD\",\"style\":\"" + style
                + "\",\"right\":\"" + right + "\",\"strike\":" + strike + ",\"expiry\":\"" + expiry + "\"}}";
    }

    static Instant inAMonth() {
        return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }
}
