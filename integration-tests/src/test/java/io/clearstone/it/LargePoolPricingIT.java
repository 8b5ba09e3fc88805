package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Issue 15: {@code GET /pools/{id}/pricing} of a pool of 10,000 loans of different sizes, default probabilities and
 * recoveries (priced by the mixed large pool) answers in seconds with every tranche's figures. The former pricer
 * integrated every loan at every node, 75 times per pricing: minutes for this pool.
 */
@ExtendWith(ArquillianExtension.class)
class LargePoolPricingIT {

    private static final int LOANS = 10_000;
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPoolOfTenThousandMixedLoansIsPricedInSeconds() {
        long sponsor = Fixtures.openAccount("alice");
        Api.Reply proposed = post("admin", "/api/v1/pools", pool("PRICED" + Api.unique(), sponsor,
                ControlledMarket.open("100").symbol));
        assertThat(proposed.status()).as(brief(proposed)).isEqualTo(202);
        Api.Reply approved = post("alice", "/api/v1/pools/proposals/" + proposed.json().getJsonNumber("id").longValue()
                + "/approval", "");
        assertThat(approved.status()).as(brief(approved)).isEqualTo(201);
        long poolId = approved.json().getJsonNumber("id").longValue();

        Api.as("risk").get("/api/v1/pools/" + poolId + "/pricing"); // once to warm the server's code paths
        long started = System.nanoTime();
        Api.Reply pricing = get("risk", "/api/v1/pools/" + poolId + "/pricing");
        long pricingMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(pricing.status()).as(brief(pricing)).isEqualTo(200);
        Map<String, JsonObject> measures = pricing.array().stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("name"), t -> t.getJsonObject("measures")));
        assertThat(measures).containsOnlyKeys("S", "M", "E");
        for (JsonObject tranche : measures.values()) {
            assertThat(tranche.getJsonNumber("price").doubleValue()).isBetween(0.0, 1.0);
            assertThat(tranche.getJsonNumber("standardError").doubleValue()).as("a closed form").isZero();
        }
        assertThat(measures.get("E").getJsonNumber("fairSpread").doubleValue())
                .isGreaterThan(measures.get("M").getJsonNumber("fairSpread").doubleValue());
        assertThat(measures.get("M").getJsonNumber("fairSpread").doubleValue())
                .isGreaterThan(measures.get("S").getJsonNumber("fairSpread").doubleValue());
        System.out.printf("%d-loan mixed pool: GET /pools/%d/pricing %d ms%n", LOANS, poolId, pricingMillis);
        // generous for a shared machine; the former pricer took minutes here
        assertThat(pricingMillis).isLessThan(20_000);
    }

    /** Par 50–149, default probability 1–10.5% in 20 grades, recovery 20–50%, fixed by the index. */
    private static String pool(String name, long sponsor, String underlying) {
        StringJoiner loans = new StringJoiner(",", "[", "]");
        String maturity = LocalDate.now().plusYears(3).toString();
        for (int i = 0; i < LOANS; i++) {
            BigDecimal defaultProbability = BigDecimal.valueOf(10 + 5 * ((i * 7) % 20), 3);
            BigDecimal recovery = BigDecimal.valueOf(2 + (i * 3) % 4, 1);
            loans.add("{\"name\":\"L" + i + "\",\"par\":" + (50 + (i * 37) % 100) + ",\"coupon\":0.08,\"maturity\":\""
                    + maturity + "\",\"defaultProbability\":" + defaultProbability.toPlainString()
                    + ",\"recoveryRate\":" + recovery.toPlainString() + "}");
        }
        return "{\"name\":\"" + name + "\",\"sponsorAccountId\":" + sponsor + ",\"servicer\":\"oracle\","
                + "\"settlementAsset\":\"USDC\",\"underlying\":\"" + underlying + "\",\"correlation\":0.3,"
                + "\"periodsPerYear\":12,\"reserve\":0,\"loans\":" + loans + ",\"collateral\":[],\"tranches\":["
                + "{\"name\":\"S\",\"attachment\":0.2,\"detachment\":1,\"coupon\":0.05},"
                + "{\"name\":\"M\",\"attachment\":0.08,\"detachment\":0.2,\"coupon\":0.07},"
                + "{\"name\":\"E\",\"attachment\":0,\"detachment\":0.08,\"coupon\":0}]}";
    }

    private static Api.Reply post(String user, String path, String json) {
        return Api.send(request(user, path).header("Content-Type", "application/json")
                .header("Idempotency-Key", Api.newKey()).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static Api.Reply get(String user, String path) {
        return Api.send(request(user, path).GET());
    }

    private static HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(Api.SERVER.resolve(path)).timeout(PATIENCE)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + credentials);
    }

    private static String brief(Api.Reply reply) {
        String text = reply.toString();
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
