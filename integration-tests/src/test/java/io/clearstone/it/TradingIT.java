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
 * Clearing option trades on the demo market: the premium moves through the ledger, positions are netted and marked
 * by the plugin as the oracle moves, and a trade that would breach initial margin leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class TradingIT {

    private long option;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void inverseCallWithAVolatilitySurface() {
        Fixtures.awaitFreshIndex("BTC-USD");
        Instant month = withAVolatilitySurface();
        Api.Reply created = Api.as("admin").post("/api/v1/instruments",
                InstrumentsIT.option("INVERSE", "CALL", "80000", month.plus(1, ChronoUnit.DAYS)), Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        option = created.json().getJsonNumber("id").longValue();
    }

    /** A BTC-USD surface for a month and a quarter from now; returns the month's expiry. */
    static Instant withAVolatilitySurface() {
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant quarter = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Api.Reply surface = Api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":["
                + point(month, 50000, 0.65) + "," + point(month, 90000, 0.55) + ","
                + point(quarter, 50000, 0.62) + "," + point(quarter, 90000, 0.58) + "]}");
        assertThat(surface.status()).as(surface.toString()).isEqualTo(200);
        return month;
    }

    @Test
    void aClearedTradeMovesThePremiumAndOpensBothPositions() throws InterruptedException {
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());

        Api.Reply cleared = trade(buyer, seller, "1", "0.02", Api.newKey());

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(201);
        assertThat(cleared.json().getString("premiumAsset")).isEqualTo("BTC");
        assertThat(cleared.json().getJsonNumber("premium").bigDecimalValue()).isEqualByComparingTo("0.02");
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo("0.98");
        assertThat(Fixtures.balance("bob", seller, "BTC")).isEqualByComparingTo("5.02");

        JsonObject longPosition = onlyPosition("alice", buyer);
        assertThat(longPosition.getJsonNumber("quantity").intValue()).isEqualTo(1);
        assertThat(longPosition.getJsonNumber("averagePrice").bigDecimalValue()).isEqualByComparingTo("0.02");
        JsonObject measures = longPosition.getJsonObject("measures");
        assertThat(measures.getJsonNumber("presentValue").doubleValue()).isPositive().isLessThan(1);
        assertThat(measures.keySet()).contains("delta", "gamma", "vega", "theta", "rho");
        assertThat(onlyPosition("bob", seller).getJsonNumber("quantity").intValue()).isEqualTo(-1);
        assertThat(onlyPosition("bob", seller).getJsonObject("measures").getJsonNumber("presentValue").doubleValue())
                .isCloseTo(-measures.getJsonNumber("presentValue").doubleValue(),
                        org.assertj.core.data.Offset.offset(0.01));

        // the demo feed moves the index every second: the mark follows it
        double firstMark = measures.getJsonNumber("presentValue").doubleValue();
        double laterMark = firstMark;
        Instant deadline = Instant.now().plusSeconds(20);
        while (laterMark == firstMark && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            laterMark = onlyPosition("alice", buyer).getJsonObject("measures").getJsonNumber("presentValue")
                    .doubleValue();
        }
        assertThat(laterMark).isNotEqualTo(firstMark);
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }

    @Test
    void aTradeThatWouldBreachInitialMarginIsRefusedAndLeavesNothing() {
        long buyer = Fixtures.openAccount("alice");
        long thinSeller = Fixtures.openAccount("carol");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("carol", thinSeller, "BTC", "0.001", Api.newKey());

        Api.Reply refused = trade(buyer, thinSeller, "10", "0.02", Api.newKey());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/risk/insufficient-margin");
        assertThat(refused.json().getString("detail")).contains("account " + thinSeller);
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo("1");
        assertThat(Fixtures.balance("carol", thinSeller, "BTC")).isEqualByComparingTo("0.001");
        assertThat(Api.as("carol").get("/api/v1/accounts/" + thinSeller + "/positions").array()).isEmpty();
        assertThat(Api.as("alice").get("/api/v1/accounts/" + buyer + "/positions").array()).isEmpty();
        assertThat(Fixtures.journalSize("alice", buyer)).isEqualTo(1);
    }

    @Test
    void aBuyerWhoCannotPayThePremiumIsRefused() {
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "USDC", "100000", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());

        Api.Reply refused = trade(buyer, seller, "1", "0.02", Api.newKey());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/ledger/insufficient-balance");
        assertThat(Api.as("bob").get("/api/v1/accounts/" + seller + "/positions").array()).isEmpty();
    }

    @Test
    void onlyTheVenueOperatorSubmitsTradesAndRetriesClearOnce() {
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());
        String body = "{\"instrumentId\":" + option + ",\"buyerAccountId\":" + buyer + ",\"sellerAccountId\":"
                + seller + ",\"quantity\":1,\"price\":0.02,\"tradedAt\":\"" + Instant.now() + "\"}";
        assertThat(Api.as("alice").post("/api/v1/trades", body, Api.newKey()).status()).isEqualTo(403);

        String key = Api.newKey();
        Api.Reply first = Api.as("admin").post("/api/v1/trades", body, key);
        Api.Reply retry = Api.as("admin").post("/api/v1/trades", body, key);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(onlyPosition("alice", buyer).getJsonNumber("quantity").intValue()).isEqualTo(1);
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo(new BigDecimal("0.98"));
    }

    @Test
    void aSurfaceWithCalendarArbitrageIsRefusedAndTheLastOneStays() {
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant quarter = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        JsonObject before = Api.as("risk").get("/api/v1/oracle/surfaces/BTC-USD").json();

        // total variance at 60,000: 0.9²·(30/365) ≈ 0.067 > 0.3²·(90/365) ≈ 0.022
        Api.Reply refused = Api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":["
                + point(month, 60000, 0.9) + "," + point(quarter, 60000, 0.3) + "]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/oracle/calendar-arbitrage");
        assertThat(refused.json().getString("field")).isEqualTo("points[1].volatility");
        assertThat(refused.json().getString("detail")).contains(month.toString(), quarter.toString());
        assertThat(Api.as("risk").get("/api/v1/oracle/surfaces/BTC-USD").json()).isEqualTo(before);
        assertThat(Api.as("alice").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":[" + point(month, 60000, 0.5)
                + "]}").status()).isEqualTo(403);
    }

    @Test
    void deltaQuotedPointsArePlacedAtTheirStrikeFromTheForward() {
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        double spot = Api.as("risk").get("/api/v1/oracle/indices/BTC-USD").json().getJsonNumber("price").doubleValue();
        Api.Reply pushed = Api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":["
                + "{\"expiry\":\"" + month + "\",\"delta\":0.5,\"volatility\":0.6},"
                + "{\"expiry\":\"" + month + "\",\"delta\":0.25,\"volatility\":0.65}]}");

        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(200);
        var points = pushed.json().getJsonArray("points");
        double atTheMoney = points.getJsonObject(0).getJsonNumber("strike").doubleValue();
        double years = 30 / 365.0;
        // the 50-delta call sits at F·exp(σ²T/2) (zero rate: F = S), the 25-delta call further out
        assertThat(atTheMoney).isCloseTo(spot * Math.exp(0.36 * years / 2), org.assertj.core.data.Percentage
                .withPercentage(1));
        assertThat(points.getJsonObject(1).getJsonNumber("strike").doubleValue()).isGreaterThan(atTheMoney * 1.05);

        Api.Reply both = Api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":[{\"expiry\":\""
                + month + "\",\"strike\":60000,\"delta\":0.5,\"volatility\":0.6}]}");
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.json().getString("field")).isEqualTo("points");
    }

    private Api.Reply trade(long buyer, long seller, String quantity, String price, String key) {
        return Api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + option + ",\"buyerAccountId\":" + buyer
                + ",\"sellerAccountId\":" + seller + ",\"quantity\":" + quantity + ",\"price\":" + price
                + ",\"tradedAt\":\"" + Instant.now() + "\"}", key);
    }

    private static JsonObject onlyPosition(String user, long account) {
        var positions = Api.as(user).get("/api/v1/accounts/" + account + "/positions").array();
        assertThat(positions).hasSize(1);
        return positions.getJsonObject(0);
    }

    private static String point(Instant expiry, int strike, double vol) {
        return "{\"expiry\":\"" + expiry + "\",\"strike\":" + strike + ",\"volatility\":" + vol + "}";
    }
}
