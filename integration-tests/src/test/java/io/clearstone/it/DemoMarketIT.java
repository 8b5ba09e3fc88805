package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** Demo mode: the market is loaded, priced by the simulated feed, and the collateral summary values it. */
@ExtendWith(ArquillianExtension.class)
class DemoMarketIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void demoAssetsAreListedWithTheirLedgerScale() {
        assertThat(Api.as("alice").get("/api/v1/assets/BTC").json().getInt("decimals")).isEqualTo(8);
        assertThat(Api.as("alice").get("/api/v1/assets/ETH").json().getInt("decimals")).isEqualTo(18);
        assertThat(Api.as("alice").get("/api/v1/assets/USDC").json().getString("kind")).isEqualTo("STABLECOIN");
    }

    @Test
    void demoFeedKeepsMovingTheIndex() throws InterruptedException {
        JsonObject before = Api.as("alice").get("/api/v1/oracle/indices/BTC-USD").json();
        Instant firstUpdate = Instant.parse(before.getString("updatedAt"));
        Instant deadline = Instant.now().plusSeconds(30);
        Instant latest = firstUpdate;
        while (!latest.isAfter(firstUpdate) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            latest = Instant.parse(Api.as("alice").get("/api/v1/oracle/indices/BTC-USD").json().getString("updatedAt"));
        }
        assertThat(latest).isAfter(firstUpdate);
        assertThat(before.getInt("sourceCount")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void demoTraderHasCollateralValuedAtIndexTimesCollateralWeight() {
        Fixtures.awaitFreshIndex("BTC-USD");
        Fixtures.awaitFreshIndex("ETH-USD");
        Fixtures.awaitFreshIndex("USDC-USD");
        long account = Api.as("alice").get("/api/v1/accounts").array().getJsonObject(0).getJsonNumber("id")
                .longValue();
        JsonObject summary = Api.as("alice").get("/api/v1/accounts/" + account + "/summary").json();

        JsonObject btc = summary.getJsonArray("assets").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("asset").equals("BTC")).findFirst().orElseThrow();
        BigDecimal balance = btc.getJsonNumber("balance").bigDecimalValue();
        BigDecimal price = btc.getJsonNumber("indexPrice").bigDecimalValue();
        assertThat(balance).isEqualByComparingTo("2.5");
        assertThat(btc.getJsonNumber("collateralValue").bigDecimalValue())
                .isEqualByComparingTo(balance.multiply(price).multiply(new BigDecimal("0.90"))
                        .setScale(8, java.math.RoundingMode.HALF_EVEN));
        BigDecimal total = summary.getJsonArray("assets").stream()
                .map(v -> v.asJsonObject().getJsonNumber("collateralValue").bigDecimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(summary.getJsonNumber("totalCollateralValue").bigDecimalValue()).isEqualByComparingTo(total);
        assertThat(summary.getJsonArray("unpricedAssets")).isEmpty();
    }

    /** The demo lists a quarterly BTC future: linear, settled daily at 08:00 UTC, expiring on a Friday at 08:00. */
    @Test
    void theDemoListsAQuarterlyFutureExpiringOnAFridayMorning() {
        JsonObject future = Api.as("alice").get("/api/v1/instruments").array().stream().map(v -> v.asJsonObject())
                .filter(i -> i.getString("type").equals("future.dated")).findFirst().orElseThrow();
        assertThat(future.getString("underlying")).isEqualTo("BTC-USD");
        assertThat(future.getString("settlementAsset")).isEqualTo("USDC");
        assertThat(future.getJsonObject("terms").getString("settlementPeriod")).isEqualTo("PT24H");
        java.time.ZonedDateTime expiry = Instant.parse(future.getString("expiresAt")).atZone(java.time.ZoneOffset.UTC);
        assertThat(expiry.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
        assertThat(expiry.toLocalTime()).isEqualTo(java.time.LocalTime.of(8, 0));
        assertThat(expiry.getMonthValue() % 3).as("a quarter's last month").isZero();
        assertThat(expiry.plusWeeks(1).getMonth()).as("its last Friday").isNotEqualTo(expiry.getMonth());
        assertThat(expiry.toInstant()).isAfter(Instant.now().plus(java.time.Duration.ofDays(60)));
    }

    /** The demo pool: carol securitized 40 loans and 50 ETH; she holds every note, and the pool reconciles. */
    @Test
    void theDemoPoolIsIssuedToItsSponsorAndReconciles() {
        Fixtures.awaitFreshIndex("ETH-USD");
        Fixtures.awaitFreshIndex("USDC-USD");
        JsonObject pool = Api.as("carol").get("/api/v1/pools").array().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("name").equals("DEMO-1")).findFirst().orElseThrow();
        assertThat(pool.getJsonArray("assets")).hasSize(41);
        assertThat(pool.getJsonObject("reconciliation").getBoolean("balanced")).isTrue();
        long sponsor = pool.getJsonNumber("sponsorAccountId").longValue();
        assertThat(Api.as("alice").get("/api/v1/accounts/" + sponsor).status()).isEqualTo(404);
        var positions = Api.as("carol").get("/api/v1/accounts/" + sponsor + "/positions").array();
        assertThat(positions).hasSize(3);
        positions.forEach(p -> assertThat(p.asJsonObject().getJsonNumber("markPrice").doubleValue())
                .as("every note is priced").isBetween(0.0, 1.0));
        assertThat(Fixtures.balance("carol", sponsor, "ETH")).isEqualByComparingTo("50");
    }
}
