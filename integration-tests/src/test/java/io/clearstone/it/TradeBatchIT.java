package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Batches of trades: each trade cleared or refused on its own, the cleared ones balancing; a replayed batch books
 * nothing twice; a venue clears only the instruments it is registered for.
 */
@ExtendWith(ArquillianExtension.class)
class TradeBatchIT {

    private long option;
    private Instant tradedAt;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void anOptionRegisteredForVenueA() {
        Fixtures.awaitFreshIndex("BTC-USD");
        Instant month = TradingIT.withAVolatilitySurface();
        Api.Reply created = Api.as("admin").post("/api/v1/instruments",
                InstrumentsIT.option("INVERSE", "CALL", "80000", month.plus(1, ChronoUnit.DAYS)), Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        option = created.json().getJsonNumber("id").longValue();
        Api.Reply registered = Api.as("admin").put("/api/v1/venues/venue-a/instruments/" + option, "");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(200);
        tradedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void refusedTradesLeaveTheOthersClearedAndBalanced() {
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        long thinSeller = Fixtures.openAccount("carol");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());
        Fixtures.deposit("carol", thinSeller, "BTC", "0.001", Api.newKey());
        String prefix = Api.unique();
        String batch = "{\"trades\":["
                + trade(prefix + "-1", option, buyer, seller, "1", "0.02") + ","
                + trade(prefix + "-2", 999999999L, buyer, seller, "1", "0.02") + ","
                + trade(prefix + "-3", option, buyer, thinSeller, "10", "0.02") + ","
                + trade(prefix + "-4", option, buyer, seller, "-1", "0.02") + ","
                + trade(prefix + "-5", option, buyer, seller, "2", "0.01") + "]}";
        String key = Api.newKey();

        Api.Reply answer = Api.as("venue-a").post("/api/v1/trade-batches", batch, key);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonArray results = answer.json().getJsonArray("results");
        assertThat(results).hasSize(5);
        assertThat(status(results, 0)).isEqualTo("CLEARED");
        assertThat(problem(results, 1).getString("field")).isEqualTo("trades[1].instrumentId");
        assertThat(problem(results, 2).getString("type")).isEqualTo("/problems/risk/insufficient-margin");
        assertThat(problem(results, 3).getString("field")).isEqualTo("trades[3].quantity");
        assertThat(status(results, 4)).isEqualTo("CLEARED");
        assertThat(answer.json().getInt("cleared")).isEqualTo(2);
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo("0.96");
        assertThat(Fixtures.balance("bob", seller, "BTC")).isEqualByComparingTo("5.04");
        assertThat(Fixtures.balance("carol", thinSeller, "BTC")).isEqualByComparingTo("0.001");
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();

        Api.Reply replay = Api.as("venue-a").post("/api/v1/trade-batches", batch, key);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json()).isEqualTo(answer.json());
        // the first trade resent in a new batch answers its original trade
        Api.Reply resent = Api.as("venue-a").post("/api/v1/trade-batches", "{\"trades\":["
                + trade(prefix + "-1", option, buyer, seller, "1", "0.02") + "]}", Api.newKey());
        assertThat(resent.json().getJsonArray("results").getJsonObject(0).getJsonNumber("tradeId").longValue())
                .isEqualTo(results.getJsonObject(0).getJsonNumber("tradeId").longValue());
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo("0.96");
        JsonArray positions = Api.as("alice").get("/api/v1/accounts/" + buyer + "/positions").array();
        assertThat(positions.getJsonObject(0).getJsonNumber("quantity").intValue()).isEqualTo(3);
    }

    @Test
    void aVenueCannotClearAnInstrumentItIsNotRegisteredFor() {
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());

        Api.Reply batch = Api.as("venue-b").post("/api/v1/trade-batches",
                "{\"trades\":[" + trade(Api.unique(), option, buyer, seller, "1", "0.02") + "]}", Api.newKey());
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(problem(batch.json().getJsonArray("results"), 0).getString("type"))
                .isEqualTo("/problems/security/forbidden");
        Api.Reply single = Api.as("venue-b").post("/api/v1/trades",
                "{\"instrumentId\":" + option + ",\"buyerAccountId\":" + buyer + ",\"sellerAccountId\":" + seller
                        + ",\"quantity\":1,\"price\":0.02,\"tradedAt\":\"" + tradedAt + "\"}", Api.newKey());
        assertThat(single.status()).as(single.toString()).isEqualTo(403);
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo("1");
    }

    @Test
    void malformedBatchesAreRefusedWhole() {
        String one = trade("dup", option, 1, 2, "1", "0.02");
        Api.Reply duplicate = Api.as("venue-a").post("/api/v1/trade-batches",
                "{\"trades\":[" + one + "," + one + "]}", Api.newKey());
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(422);
        assertThat(duplicate.json().getString("field")).isEqualTo("trades[1].clientTradeId");
        StringBuilder oversize = new StringBuilder("{\"trades\":[");
        for (int i = 0; i <= 8000; i++) {
            oversize.append(i == 0 ? "" : ",").append(trade("t" + i, option, 1, 2, "1", "0.02"));
        }
        Api.Reply tooMany = Api.as("venue-a").post("/api/v1/trade-batches", oversize + "]}", Api.newKey());
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(tooMany.json().getString("field")).isEqualTo("trades");
    }

    private String trade(String clientId, long instrument, long buyer, long seller, String quantity, String price) {
        return "{\"clientTradeId\":\"" + clientId + "\",\"instrumentId\":" + instrument + ",\"buyerAccountId\":"
                + buyer + ",\"sellerAccountId\":" + seller + ",\"quantity\":" + quantity + ",\"price\":" + price
                + ",\"tradedAt\":\"" + tradedAt + "\"}";
    }

    private static String status(JsonArray results, int i) {
        return results.getJsonObject(i).getString("status");
    }

    private static JsonObject problem(JsonArray results, int i) {
        assertThat(status(results, i)).as(results.getJsonObject(i).toString()).isEqualTo("REFUSED");
        return results.getJsonObject(i).getJsonObject("problem");
    }
}
