package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** An option expiring seconds after it is traded is settled by the scheduler against the index TWAP, exactly once. */
@ExtendWith(ArquillianExtension.class)
class ExpirySettlementIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anExpiredOptionIsSettledOnceAgainstTheTimeWeightedIndex() throws Exception {
        Fixtures.awaitFreshIndex("BTC-USD");
        Instant month = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        assertThat(Api.as("oracle").put("/api/v1/oracle/surfaces/BTC-USD", "{\"points\":[{\"expiry\":\"" + month
                + "\",\"strike\":60000,\"volatility\":0.6}]}").status()).isEqualTo(200);
        Instant expiry = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
        long option = Api.as("admin").post("/api/v1/instruments",
                InstrumentsIT.option("INVERSE", "CALL", "1000", expiry), Api.newKey()).json()
                .getJsonNumber("id").longValue();
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", seller, "BTC", "5", Api.newKey());
        Api.Reply traded = Api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + option
                + ",\"buyerAccountId\":" + buyer + ",\"sellerAccountId\":" + seller
                + ",\"quantity\":2,\"price\":0.25,\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);

        JsonObject settled = awaitSettled(option);

        BigDecimal price = settled.getJsonNumber("settlementPrice").bigDecimalValue();
        assertThat(price).isGreaterThan(new BigDecimal("1000"));
        // 2 contracts × (S − 1,000)/S coin, rounded to BTC's 8 decimals
        BigDecimal payoff = new BigDecimal("2").multiply(price.subtract(new BigDecimal("1000")))
                .divide(price, MathContext.DECIMAL128).setScale(8, RoundingMode.HALF_EVEN);
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo(new BigDecimal("0.5").add(payoff));
        assertThat(Fixtures.balance("bob", seller, "BTC")).isEqualByComparingTo(new BigDecimal("5.5").subtract(payoff));
        assertThat(Api.as("alice").get("/api/v1/accounts/" + buyer + "/positions").array()).isEmpty();
        assertThat(Api.as("bob").get("/api/v1/accounts/" + seller + "/positions").array()).isEmpty();

        // more triggers, even at once, change nothing
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Api.Reply>> again = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            again.add(pool.submit(() -> Api.as("admin").post("/api/v1/instruments/" + option + "/settlement", "")));
        }
        for (Future<Api.Reply> reply : again) {
            Api.Reply settlement = reply.get(1, TimeUnit.MINUTES);
            assertThat(settlement.status()).as(settlement.toString()).isEqualTo(200);
            assertThat(settlement.json().getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo(price);
        }
        pool.shutdown();
        assertThat(Fixtures.balance("alice", buyer, "BTC")).isEqualByComparingTo(new BigDecimal("0.5").add(payoff));
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();

        Api.Reply late = Api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + option + ",\"buyerAccountId\":"
                + buyer + ",\"sellerAccountId\":" + seller + ",\"quantity\":1,\"price\":0.1,\"tradedAt\":\""
                + Instant.now() + "\"}", Api.newKey());
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void settlingBeforeExpiryIsRefused() {
        long option = Api.as("admin").post("/api/v1/instruments",
                InstrumentsIT.option("LINEAR", "PUT", "50000", InstrumentsIT.inAMonth()), Api.newKey()).json()
                .getJsonNumber("id").longValue();
        Api.Reply early = Api.as("admin").post("/api/v1/instruments/" + option + "/settlement", "");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("type")).isEqualTo("/problems/settlement/not-due");
    }

    private static JsonObject awaitSettled(long option) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject instrument = Api.as("risk").get("/api/v1/instruments/" + option).json();
        while (!instrument.getString("status").equals("SETTLED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            instrument = Api.as("risk").get("/api/v1/instruments/" + option).json();
        }
        assertThat(instrument.getString("status")).as("settled by the scheduler").isEqualTo("SETTLED");
        return instrument;
    }
}
