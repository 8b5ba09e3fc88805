package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.it.plugin.CouponSwapPlugin;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A plugin's own recurring kind runs through the lifecycle engine exactly once per occurrence and every field of its
 * instructions counts: three coupons four seconds apart pay in an asset that is not the settlement asset and re-strike
 * the positions at their price, a redemption closes them, and the expiry after it finds nothing open.
 */
@ExtendWith(ArquillianExtension.class)
class LifecycleEventsIT {

    private static final BigDecimal QUANTITY = new BigDecimal("10");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        JavaArchive plugin = ShrinkWrap.create(JavaArchive.class, "coupon-swap-plugin.jar")
                .addClasses(CouponSwapPlugin.class, CouponSwapPlugin.Terms.class, CouponSwapPlugin.Resolved.class)
                .addAsManifestResource(new StringAsset(CouponSwapPlugin.class.getName() + "\n"),
                        "services/" + InstrumentPlugin.class.getName());
        return Deployments.ear().addAsLibrary(plugin);
    }

    @Test
    void couponsRunOnceEachPayTheirAssetAndRestrikeAndTheRedemptionClosesThePositions() throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        Instant redemption = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
        long note = PerpetualSwapsIT.create("{\"type\":\"" + CouponSwapPlugin.TYPE + "\",\"terms\":{\"underlying\":\""
                + market.symbol + "\",\"style\":\"LINEAR\",\"contractSize\":1,\"tickSize\":0.01,"
                + "\"fundingInterval\":\"PT8H\",\"initialMargin\":0.1,\"maintenanceMargin\":0.05,"
                + "\"redemptionAt\":\"" + redemption + "\"}}");
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        for (long account : List.of(buyer, seller)) {
            String owner = account == buyer ? "alice" : "bob";
            assertThat(Fixtures.deposit(owner, account, "USDC", "100000", Api.newKey()).status()).isEqualTo(201);
            assertThat(Fixtures.deposit(owner, account, "ETH", "1", Api.newKey()).status()).isEqualTo(201);
        }
        Api.Reply traded = PerpetualSwapsIT.trade(note, buyer, seller, QUANTITY.toPlainString(), new BigDecimal("100"));
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);

        // a new index before each event: coupons at −12 s, −8 s, −4 s, the redemption at the redemption time
        String[] prices = {"103", "102", "106", "110"};
        for (int i = 0; i < prices.length; i++) {
            sleepUntil(redemption.minusSeconds(14 - 4L * i));
            market.price(prices[i]);
        }
        awaitSettled(note);

        List<JsonObject> events = Api.as("risk").get("/api/v1/instruments/" + note + "/events").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(events).extracting(e -> e.getString("kind")).containsExactly(CouponSwapPlugin.COUPON,
                CouponSwapPlugin.COUPON, CouponSwapPlugin.COUPON, CouponSwapPlugin.REDEMPTION, "expiry");
        assertThat(events).extracting(e -> Instant.parse(e.getString("dueAt"))).containsExactly(
                redemption.minusSeconds(12), redemption.minusSeconds(8), redemption.minusSeconds(4), redemption,
                redemption.plusSeconds(2));
        assertThat(events).allSatisfy(e -> assertThat(e.getString("status")).isEqualTo("DONE"));
        assertThat(events.subList(0, 4)).allSatisfy(e -> {
            assertThat(e.getInt("positions")).isEqualTo(2);
            assertThat(e.containsKey("journalTransactionId") && !e.isNull("journalTransactionId")).isTrue();
        });
        assertThat(events.get(4).getInt("positions")).as("nothing left open at expiry").isZero();

        // variation margin from each event's price to the next (re-struck), rounded to USDC's 6 decimals per event
        BigDecimal reference = new BigDecimal("100");
        BigDecimal variation = BigDecimal.ZERO;
        BigDecimal unstruck = BigDecimal.ZERO;
        for (JsonObject event : events.subList(0, 4)) {
            BigDecimal price = event.getJsonNumber("settlementPrice").bigDecimalValue();
            variation = variation.add(QUANTITY.multiply(price.subtract(reference)).setScale(6, RoundingMode.HALF_EVEN));
            unstruck = unstruck.add(QUANTITY.multiply(price.subtract(new BigDecimal("100"))));
            reference = price;
        }
        assertThat(variation).as("re-struck at every coupon").isNotEqualByComparingTo(unstruck);
        BigDecimal coupons = new BigDecimal("3").multiply(QUANTITY).multiply(CouponSwapPlugin.COUPON_PER_CONTRACT);

        assertThat(Fixtures.balance("alice", buyer, "USDC")).isEqualByComparingTo(new BigDecimal("100000")
                .add(variation));
        assertThat(Fixtures.balance("bob", seller, "USDC")).isEqualByComparingTo(new BigDecimal("100000")
                .subtract(variation));
        assertThat(Fixtures.balance("alice", buyer, "ETH")).isEqualByComparingTo(BigDecimal.ONE.add(coupons));
        assertThat(Fixtures.balance("bob", seller, "ETH")).isEqualByComparingTo(BigDecimal.ONE.subtract(coupons));
        assertThat(Api.as("alice").get("/api/v1/accounts/" + buyer + "/positions").array()).isEmpty();
        assertThat(Api.as("bob").get("/api/v1/accounts/" + seller + "/positions").array()).isEmpty();
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();

        // an operator's settle request after the run changes nothing
        Api.Reply again = Api.as("admin").post("/api/v1/instruments/" + note + "/settlement", "");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(Fixtures.balance("alice", buyer, "ETH")).isEqualByComparingTo(BigDecimal.ONE.add(coupons));
    }

    @Test
    void theEventsOfAnUnknownInstrumentAreNotFound() {
        Api.Reply missing = Api.as("risk").get("/api/v1/instruments/987654321/events");
        assertThat(missing.status()).isEqualTo(404);
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = java.time.Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void awaitSettled(long instrument) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonObject view = Api.as("risk").get("/api/v1/instruments/" + instrument).json();
        while (!view.getString("status").equals("SETTLED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            view = Api.as("risk").get("/api/v1/instruments/" + instrument).json();
        }
        assertThat(view.getString("status")).as("expired through the lifecycle engine").isEqualTo("SETTLED");
    }
}
