package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A dated future settling every ten seconds, run by the platform's lifecycle engine: a long and a short opened by one
 * trade pay and receive variation margin at each of three daily settlements, exactly q × size × (S_k − S_k−1), and
 * are settled once at expiry, which closes both positions. The future is on a coin of the test's own, whose price the
 * test holds still through every two-second settlement window, so that each settlement price is known exactly.
 */
@ExtendWith(ArquillianExtension.class)
class DatedFuturesIT {

    private static final BigDecimal ENTRY = new BigDecimal("100");
    private static final BigDecimal QUANTITY = BigDecimal.TEN;
    /** The index through the windows of the three daily settlements and of the expiry. */
    private static final List<BigDecimal> SETTLEMENT_PRICES = List.of(new BigDecimal("103"), new BigDecimal("98.5"),
            new BigDecimal("107.25"), new BigDecimal("111"));
    private static final Duration PERIOD = Duration.ofSeconds(10);
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Margin values the USDC the accounts hold: a deployment right after a restart waits for the demo feed's tick. */
    @org.junit.jupiter.api.BeforeEach
    void usdcIsPriced() {
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void aLongIsPaidAndPaysVariationMarginAtEachDailySettlementAndIsSettledOnceAtExpiry() throws Exception {
        ControlledMarket market = ControlledMarket.open(SETTLEMENT_PRICES.get(0).toPlainString());
        long longAccount = Fixtures.openAccount("alice");
        long shortAccount = Fixtures.openAccount("bob");
        assertThat(Fixtures.deposit("alice", longAccount, "USDC", "100000", Api.newKey()).status()).isEqualTo(201);
        assertThat(Fixtures.deposit("bob", shortAccount, "USDC", "100000", Api.newKey()).status()).isEqualTo(201);

        Instant expiry = Instant.now().plusSeconds(36).truncatedTo(ChronoUnit.SECONDS);
        long future = PerpetualSwapsIT.create(terms(market.symbol, expiry));
        // settlements at expiry − k × 10 s after creation: −30, −20 and −10 s, then the expiry itself
        List<Instant> settlements = List.of(expiry.minus(PERIOD.multipliedBy(3)), expiry.minus(PERIOD.multipliedBy(2)),
                expiry.minus(PERIOD), expiry);
        Api.Reply traded = PerpetualSwapsIT.trade(future, longAccount, shortAccount, QUANTITY.toPlainString(), ENTRY);
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
        assertThat(traded.json().getJsonNumber("premium").bigDecimalValue()).as("a future's trade moves no cash")
                .isZero();
        assertThat(Instant.now()).as("the trade cleared before the first settlement window opened")
                .isBefore(settlements.get(0).minus(WINDOW));

        // each new price is reported halfway between two settlements, well outside either's window
        for (int k = 1; k < SETTLEMENT_PRICES.size(); k++) {
            sleepUntil(settlements.get(k - 1).plus(PERIOD.dividedBy(2)).minus(WINDOW.dividedBy(2)));
            market.price(SETTLEMENT_PRICES.get(k).toPlainString());
        }

        List<BigDecimal> expected = new ArrayList<>();
        BigDecimal reference = ENTRY;
        for (BigDecimal price : SETTLEMENT_PRICES) {
            // linear, 1 coin a contract: q × size × (S_k − S_k−1), the first from the entry
            expected.add(QUANTITY.multiply(price.subtract(reference)));
            reference = price;
        }
        // 30, −45, 87.5 and 37.5 USDC: the long is paid, pays, and is paid twice more
        List<BigDecimal> longPaid = awaitSettlements("alice", longAccount, expected.size());
        List<BigDecimal> shortPaid = awaitSettlements("bob", shortAccount, expected.size());
        assertThat(longPaid).usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(expected);
        assertThat(shortPaid).usingElementComparator(BigDecimal::compareTo)
                .containsExactlyElementsOf(expected.stream().map(BigDecimal::negate).toList());

        assertThat(openPositions("alice", longAccount)).as("the expiry closed the long").isEmpty();
        assertThat(openPositions("bob", shortAccount)).as("the expiry closed the short").isEmpty();
        // realised over the future's life: the sum of its variation margins, all of it paid in cash
        BigDecimal realised = expected.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(realised).isEqualByComparingTo(QUANTITY.multiply(SETTLEMENT_PRICES.get(3).subtract(ENTRY)));
        assertThat(Fixtures.balance("alice", longAccount, "USDC"))
                .isEqualByComparingTo(new BigDecimal("100000").add(realised));
        assertThat(Fixtures.balance("bob", shortAccount, "USDC"))
                .isEqualByComparingTo(new BigDecimal("100000").subtract(realised));

        // a sweep later, the final settlement has still happened once, and the expired future takes no trades
        Thread.sleep(16_000);
        assertThat(settlementLegs("alice", longAccount)).as("settled once").hasSize(expected.size());
        assertThat(settlementLegs("bob", shortAccount)).hasSize(expected.size());
        assertThat(PerpetualSwapsIT.trade(future, longAccount, shortAccount, "1", ENTRY).status()).isEqualTo(409);
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }

    @Test
    void aDailySettlementReStrikesTheOpenPositionAndRealisesItsVariationMargin() throws Exception {
        ControlledMarket market = ControlledMarket.open("200");
        long longAccount = Fixtures.openAccount("alice");
        long shortAccount = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", longAccount, "USDC", "100000", Api.newKey());
        Fixtures.deposit("bob", shortAccount, "USDC", "100000", Api.newKey());
        // one daily settlement 10 s after creation, the expiry a minute after it: room to look at the open position
        Instant expiry = Instant.now().plusSeconds(71).truncatedTo(ChronoUnit.SECONDS);
        long future = PerpetualSwapsIT.create(terms(market.symbol, expiry).replace("\"PT10S\"", "\"PT60S\""));
        Instant settlement = expiry.minusSeconds(60);
        assertThat(PerpetualSwapsIT.trade(future, longAccount, shortAccount, "4", new BigDecimal("190")).status())
                .isEqualTo(201);
        assertThat(Instant.now()).isBefore(settlement.minus(WINDOW));

        // 4 × (200 − 190) = 40 USDC to the long
        assertThat(awaitSettlements("alice", longAccount, 1)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"));
        JsonObject held = openPositions("alice", longAccount).getJsonObject(0);
        assertThat(held.getJsonNumber("quantity").bigDecimalValue()).isEqualByComparingTo("4");
        assertThat(held.getJsonNumber("averagePrice").bigDecimalValue()).as("re-struck at the settlement price")
                .isEqualByComparingTo("200");
        assertThat(held.getJsonNumber("realizedPnl").bigDecimalValue()).as("the variation margin is realised")
                .isEqualByComparingTo("40");
        JsonObject sold = openPositions("bob", shortAccount).getJsonObject(0);
        assertThat(sold.getJsonNumber("averagePrice").bigDecimalValue()).isEqualByComparingTo("200");
        assertThat(sold.getJsonNumber("realizedPnl").bigDecimalValue()).isEqualByComparingTo("-40");
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }

    private static String terms(String symbol, Instant expiry) {
        return "{\"type\":\"future.dated\",\"terms\":{\"underlying\":\"" + symbol + "\",\"style\":\"LINEAR\","
                + "\"contractSize\":1,\"tickSize\":0.01,\"expiry\":\"" + expiry + "\",\"settlementPeriod\":\"PT10S\","
                + "\"settlementWindow\":\"PT2S\",\"initialMargin\":0.1,\"maintenanceMargin\":0.05}}";
    }

    /** Waits (up to a minute past the last one due) until the account has this many settlements; their amounts. */
    private static List<BigDecimal> awaitSettlements(String user, long account, int count)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        Map<Long, BigDecimal> legs = settlementLegs(user, account);
        while (legs.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            legs = settlementLegs(user, account);
        }
        assertThat(legs).as("settlements booked for account " + account).hasSize(count);
        return List.copyOf(legs.values());
    }

    /**
     * The account's settlement cash by journal transaction, in transaction order: every leg but its deposits (a
     * future's trade moves no cash, so nothing else reaches its journal).
     */
    private static Map<Long, BigDecimal> settlementLegs(String user, long account) {
        Map<Long, BigDecimal> legs = new TreeMap<>();
        Api.as(user).get("/api/v1/accounts/" + account + "/journal?limit=1000").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> !e.getString("type").equals("DEPOSIT"))
                .forEach(e -> {
                    assertThat(e.getString("asset")).as("variation margin is paid in USDC").isEqualTo("USDC");
                    legs.merge(e.getJsonNumber("transactionId").longValue(), e.getJsonNumber("amount")
                            .bigDecimalValue(), BigDecimal::add);
                });
        return legs;
    }

    private static JsonArray openPositions(String user, long account) {
        return Api.as(user).get("/api/v1/accounts/" + account + "/positions").array();
    }

    private static void sleepUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(Instant.now(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
