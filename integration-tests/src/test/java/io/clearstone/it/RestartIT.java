package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A server that is down when an option expires and when a swap's funding falls due catches up when it comes back,
 * booking each once: the lifecycle scheduler finds the expiry and the funding boundaries overdue in the database's
 * schedule and runs each under its row lock, the expiry once, every missed boundary in order, once. On PostgreSQL
 * this server shares the database with the suite's main server, so two servers race for every boundary too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String SERVER = "restartable";
    private static final String DEPLOYMENT = "restartable-ear";

    @ArquillianResource
    ContainerController containers;
    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    @TargetsContainer(SERVER)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anExpiryAndFundingBoundariesPassedWhileTheServerIsDownAreEachBookedOnceAfterTheRestart() throws Exception {
        RestartableServer.freshBaseDirectory();
        containers.start(SERVER);
        Api.Scoped api = Api.at(URI.create("http://127.0.0.1:8180"));
        try {
            deployer.deploy(DEPLOYMENT);
            Fixtures.awaitFreshIndex(api, "BTC-USD");
            Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            assertThat(api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":[{\"expiry\":\"" + month
                    + "\",\"strike\":60000,\"volatility\":0.6}]}").status()).isEqualTo(200);
            Instant expiry = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.MILLIS);
            long option = api.as("admin").post("/api/v1/instruments",
                    InstrumentsIT.option("LINEAR", "CALL", "1000", expiry), Api.newKey()).json()
                    .getJsonNumber("id").longValue();
            long buyer = api.as("alice").post("/api/v1/accounts", "{}", Api.newKey()).json()
                    .getJsonNumber("id").longValue();
            long seller = api.as("bob").post("/api/v1/accounts", "{}", Api.newKey()).json()
                    .getJsonNumber("id").longValue();
            api.as("alice").post("/api/v1/accounts/" + buyer + "/deposits",
                    "{\"asset\":\"USDC\",\"amount\":100000}", Api.newKey());
            api.as("bob").post("/api/v1/accounts/" + seller + "/deposits",
                    "{\"asset\":\"USDC\",\"amount\":500000}", Api.newKey());
            Api.Reply traded = api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + option
                    + ",\"buyerAccountId\":" + buyer + ",\"sellerAccountId\":" + seller
                    + ",\"quantity\":1,\"price\":60000,\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
            assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
            long swap = openSwapPositions(api, buyer, seller);
            Instant fundedBeforeStop = awaitFunding(api, swap, Instant.EPOCH);

            containers.stop(SERVER);
            Instant stopped = Instant.now();
            // down across the expiry and at least one funding boundary
            while (Instant.now().isBefore(expiry.plusSeconds(2)) || Instant.now().isBefore(stopped.plusSeconds(12))) {
                Thread.sleep(500);
            }
            Instant restarted = Instant.now();
            containers.start(SERVER);

            JsonObject settled = awaitSettled(api, option);
            BigDecimal price = settled.getJsonNumber("settlementPrice").bigDecimalValue();
            BigDecimal payoff = price.subtract(new BigDecimal("1000")).setScale(6, java.math.RoundingMode.HALF_EVEN);
            assertThat(Fixtures.balance(api, "alice", buyer, "USDC"))
                    .isEqualByComparingTo(new BigDecimal("40000").add(payoff).add(funding(api, "alice", buyer)));
            assertThat(Fixtures.balance(api, "bob", seller, "USDC"))
                    .isEqualByComparingTo(new BigDecimal("560000").subtract(payoff).add(funding(api, "bob", seller)));
            long settlements = api.as("alice").get("/api/v1/accounts/" + buyer + "/journal").array().stream()
                    .filter(e -> e.asJsonObject().getString("type").equals("SETTLEMENT")).count();
            assertThat(settlements).as("settled exactly once").isEqualTo(1);

            awaitFunding(api, swap, restarted);
            List<JsonObject> history = api.as("risk").get("/api/v1/instruments/" + swap + "/funding").json()
                    .getJsonArray("history").stream().map(JsonValue::asJsonObject).toList();
            List<Instant> boundaries = history.stream().map(e -> Instant.parse(e.getString("fundingAt"))).sorted()
                    .toList();
            assertThat(boundaries).as("funded before the stop and after the restart").contains(fundedBeforeStop)
                    .anySatisfy(b -> assertThat(b).isAfter(stopped).isBefore(restarted));
            for (int i = 1; i < boundaries.size(); i++) {
                assertThat(Duration.between(boundaries.get(i - 1), boundaries.get(i)))
                        .as("no boundary skipped or repeated").isEqualTo(Duration.ofSeconds(10));
            }
            long fundingPayments = api.as("alice").get("/api/v1/accounts/" + buyer + "/journal?limit=1000").array()
                    .stream().filter(e -> e.asJsonObject().getString("type").equals("FUNDING")).count();
            assertThat(fundingPayments).as("the long paid once per boundary").isEqualTo(history.stream()
                    .filter(e -> e.get("journalTransactionId").getValueType() == JsonValue.ValueType.NUMBER).count());
            assertThat(api.as("risk").get("/api/v1/ledger/reconciliation").json().getBoolean("balanced")).isTrue();
        } finally {
            try {
                deployer.undeploy(DEPLOYMENT);
            } finally {
                containers.stop(SERVER);
            }
        }
    }

    /** What the account received in funding (negative: paid), from its journal. */
    private static BigDecimal funding(Api.Scoped api, String user, long account) {
        return api.as(user).get("/api/v1/accounts/" + account + "/journal?limit=1000").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("type").equals("FUNDING"))
                .map(e -> e.getJsonNumber("amount").bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A linear swap funded every ten seconds, the buyer long 10 BTC, the seller short. */
    private static long openSwapPositions(Api.Scoped api, long buyer, long seller) {
        Api.Reply created = api.as("admin").post("/api/v1/instruments", PerpetualSwapsIT.linear("PT10S", ""),
                Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long swap = created.json().getJsonNumber("id").longValue();
        BigDecimal index = api.as("risk").get("/api/v1/oracle/indices/BTC-USD").json().getJsonNumber("price")
                .bigDecimalValue().setScale(0, java.math.RoundingMode.HALF_EVEN);
        Api.Reply traded = api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + swap
                + ",\"buyerAccountId\":" + buyer + ",\"sellerAccountId\":" + seller + ",\"quantity\":10000,"
                + "\"price\":" + index + ",\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
        return swap;
    }

    /** Waits for a funding boundary after {@code after} to be paid; returns the latest boundary paid. */
    private static Instant awaitFunding(Api.Scoped api, long swap, Instant after) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            Optional<Instant> latest = api.as("risk").get("/api/v1/instruments/" + swap + "/funding").json()
                    .getJsonArray("history").stream().map(e -> Instant.parse(e.asJsonObject().getString("fundingAt")))
                    .max(Comparator.naturalOrder());
            if (latest.isPresent() && latest.get().isAfter(after)) {
                return latest.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no funding after " + after + " within 90 s");
    }

    private static JsonObject awaitSettled(Api.Scoped api, long option) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(90);
        JsonObject instrument = api.as("risk").get("/api/v1/instruments/" + option).json();
        while (!instrument.getString("status").equals("SETTLED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            instrument = api.as("risk").get("/api/v1/instruments/" + option).json();
        }
        assertThat(instrument.getString("status")).as("settled after the restart").isEqualTo("SETTLED");
        return instrument;
    }
}
