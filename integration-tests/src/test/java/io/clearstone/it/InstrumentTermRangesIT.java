package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** Terms outside the ranges a plugin declares are refused through the API, naming each term; the ranges are listed. */
@ExtendWith(ArquillianExtension.class)
class InstrumentTermRangesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPerpetualWithTermsOutOfRangeIsRefusedNamingEveryTermAndNothingIsCreated() {
        int before = Api.as("risk").get("/api/v1/instruments").array().size();
        Api.Reply refused = Api.as("admin").post("/api/v1/instruments", "{\"type\":\"swap.perpetual\",\"terms\":{"
                + "\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\",\"contractSize\":1000000000000,\"tickSize\":0.5,"
                + "\"fundingInterval\":\"PT8H\",\"premiumClamp\":-1,\"markBand\":2,\"interestRate\":-1,"
                + "\"initialMargin\":5,\"riskLimitSteps\":2.5}}", Api.newKey());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/instrument/invalid-terms");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("terms.riskLimitSteps");
        Api.Reply wholeSteps = Api.as("admin").post("/api/v1/instruments", "{\"type\":\"swap.perpetual\",\"terms\":{"
                + "\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\",\"contractSize\":1000000000000,\"tickSize\":0.5,"
                + "\"fundingInterval\":\"PT8H\",\"premiumClamp\":-1,\"markBand\":2,\"interestRate\":-1,"
                + "\"initialMargin\":5}}", Api.newKey());
        assertThat(wholeSteps.status()).as(wholeSteps.toString()).isEqualTo(422);
        assertThat(wholeSteps.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("terms.contractSize", "terms.premiumClamp", "terms.markBand", "terms.interestRate",
                        "terms.initialMargin");
        assertThat(Api.as("risk").get("/api/v1/instruments").array()).hasSize(before);
    }

    @Test
    void aDatedFutureWithTermsOutOfRangeIsRefusedNamingEveryTermAndNothingIsCreated() {
        int before = Api.as("risk").get("/api/v1/instruments").array().size();
        String expiry = java.time.Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(8, java.time.temporal.ChronoUnit.HOURS)
                .toString();
        Api.Reply refused = Api.as("admin").post("/api/v1/instruments", "{\"type\":\"future.dated\",\"terms\":{"
                + "\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\",\"contractSize\":1000000000000,\"tickSize\":0,"
                + "\"expiry\":\"" + expiry + "\",\"initialMargin\":5,\"maxLeverage\":0.5,\"maxPosition\":-1}}",
                Api.newKey());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/instrument/invalid-terms");
        assertThat(refused.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .contains("terms.contractSize", "terms.tickSize", "terms.initialMargin", "terms.maxLeverage",
                        "terms.maxPosition");
        assertThat(Api.as("risk").get("/api/v1/instruments").array()).hasSize(before);

        JsonObject future = Api.as("risk").get("/api/v1/plugins").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("typeId").equals("future.dated")).findFirst().orElseThrow();
        JsonObject initialMargin = future.getJsonArray("termRanges").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("term").equals("initialMargin")).findFirst().orElseThrow();
        assertThat(initialMargin.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("1");
        assertThat(initialMargin.getBoolean("minInclusive")).isFalse();
    }

    @Test
    void thePluginsListTheRangeOfEveryNumericTerm() {
        JsonObject swap = Api.as("risk").get("/api/v1/plugins").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("typeId").equals("swap.perpetual")).findFirst().orElseThrow();
        JsonObject markBand = swap.getJsonArray("termRanges").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("term").equals("markBand")).findFirst().orElseThrow();
        assertThat(markBand.getJsonNumber("max").bigDecimalValue()).isEqualByComparingTo("0.5");
        assertThat(markBand.getBoolean("minInclusive")).isFalse();
    }
}
