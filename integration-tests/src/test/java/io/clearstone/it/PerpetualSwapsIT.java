package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Perpetual swaps on the demo market: long and short opened by a trade, funding every ten seconds paid from one side
 * to the other through the ledger, the mark held within its band of the index whatever venues report, realised P&L
 * of an inverse swap paid in coin, and a position cap that refuses a trade without leaving anything behind.
 */
@ExtendWith(ArquillianExtension.class)
class PerpetualSwapsIT {

    /**
     * The published rule: F = P + clamp(I − P, ±0.05%) per 8 hours with I = 0.01%, scaled to 10 seconds and rounded to
     * 8 decimals. A premium near 0.10% funds at about the 0.05% clamp.
     */
    private static BigDecimal tenSecondRate(double averagePremium) {
        double eightHours = averagePremium + Math.max(-0.0005, Math.min(0.0005, 0.0001 - averagePremium));
        return BigDecimal.valueOf(eightHours * 10 / 28_800).setScale(8, RoundingMode.HALF_EVEN);
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void freshIndex() {
        Fixtures.awaitFreshIndex("BTC-USD");
    }

    @Test
    void longsPayShortsEveryIntervalAndEveryPaymentPairNetsToZero() throws InterruptedException {
        long swap = create(linear("PT10S", ""));
        long longAccount = Fixtures.openAccount("alice");
        long shortAccount = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", longAccount, "USDC", "100000", Api.newKey());
        Fixtures.deposit("bob", shortAccount, "USDC", "100000", Api.newKey());
        BigDecimal index = index();
        Api.Reply traded = trade(swap, longAccount, shortAccount, "10000", index.setScale(0, RoundingMode.HALF_EVEN));
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
        assertThat(traded.json().getJsonNumber("premium").bigDecimalValue()).as("a swap trade moves no cash")
                .isZero();

        // venues quote 0.10% above the index until three intervals with samples have been paid
        List<JsonObject> paid = List.of();
        Instant deadline = Instant.now().plusSeconds(90);
        while (paid.size() < 3 && Instant.now().isBefore(deadline)) {
            BigDecimal now = index();
            Api.Reply quoted = Api.as("venue-a").post("/api/v1/instruments/" + swap + "/venue-quotes",
                    "{\"venue\":\"demo-venue-a\",\"impactBid\":" + now.multiply(new BigDecimal("1.001"))
                            + ",\"impactAsk\":" + now.multiply(new BigDecimal("1.0012")) + "}");
            assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
            Thread.sleep(1000);
            paid = history(swap).stream().filter(e -> e.getInt("samples") > 0).toList();
        }
        assertThat(paid).as("three funded intervals with venue samples").hasSizeGreaterThanOrEqualTo(3);

        Map<Long, BigDecimal> longPaid = fundingByTransaction("alice", longAccount);
        Map<Long, BigDecimal> shortPaid = fundingByTransaction("bob", shortAccount);
        for (JsonObject event : paid) {
            double premium = event.getJsonNumber("averagePremium").doubleValue();
            assertThat(premium).as("venues quoted 0.10% above the index").isCloseTo(0.001, within(0.0003));
            BigDecimal rate = tenSecondRate(premium);
            assertThat(event.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo(rate);
            assertThat(event.getString("payers")).isEqualTo("LONGS");
            long journal = event.getJsonNumber("journalTransactionId").longValue();
            BigDecimal mark = event.getJsonNumber("markPrice").bigDecimalValue();
            // 10,000 contracts of 0.001 BTC = 10 BTC of notional at the mark
            BigDecimal exact = BigDecimal.TEN.multiply(mark).multiply(rate);
            BigDecimal unit = new BigDecimal("0.000001");
            assertThat(longPaid.get(journal).add(exact).abs()).as("the long pays, to the micro-USDC")
                    .isLessThanOrEqualTo(unit);
            assertThat(shortPaid.get(journal)).as("the short receives exactly what the long paid")
                    .isEqualByComparingTo(longPaid.get(journal).negate());
            BigDecimal expected = shortPaid.get(journal);
            assertThat(event.getJsonNumber("totalPaid").bigDecimalValue()).isEqualByComparingTo(expected);
        }
        List<Instant> boundaries = history(swap).stream().map(e -> Instant.parse(e.getString("fundingAt")))
                .sorted().toList();
        for (int i = 1; i < boundaries.size(); i++) {
            assertThat(Duration.between(boundaries.get(i - 1), boundaries.get(i))).as("consecutive, each once")
                    .isEqualTo(Duration.ofSeconds(10));
        }
        assertThat(longPaid.keySet()).as("one payment per paid interval").hasSize(history(swap).stream()
                // a boundary nobody held a position at pays nothing and has no journal (the key is left out)
                .filter(e -> e.get("journalTransactionId") != null
                        && e.get("journalTransactionId").getValueType() == JsonValue.ValueType.NUMBER).toList()
                .size());
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();

        JsonObject funding = Api.as("alice").get("/api/v1/instruments/" + swap + "/funding").json();
        assertThat(funding.getString("interval")).isEqualTo("PT10S");
        assertThat(Instant.parse(funding.getString("nextFundingAt"))).isAfter(boundaries.get(boundaries.size() - 1));
        assertThat(funding.getJsonObject("next").getJsonNumber("rate").bigDecimalValue()).isNotNull();
    }

    @Test
    void theMarkStaysWithinItsBandWhateverTheVenuesReport() {
        // a coin of the test's own: the demo feed requotes BTC every 2 s and would move the index between quotes
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        BigDecimal index = new BigDecimal("100");
        JsonObject honest = quoteMark(swap, "demo-venue-a", index.multiply(new BigDecimal("1.0003")));
        assertThat(honest.getJsonNumber("markPrice").doubleValue() / honest.getJsonNumber("indexPrice").doubleValue())
                .as("one honest venue sets the basis").isCloseTo(1.0003, within(0.0002));
        quoteMark(swap, "demo-venue-b", index.multiply(new BigDecimal("1.5")));
        JsonObject manipulated = quoteMark(swap, "demo-venue-c", index.multiply(new BigDecimal("1.6")));
        // two venues far above: the median basis is theirs, and the band (0.5%) holds the mark
        double ratio = manipulated.getJsonNumber("markPrice").doubleValue()
                / manipulated.getJsonNumber("indexPrice").doubleValue();
        assertThat(ratio).isCloseTo(1.005, within(0.0003));

        Api.Reply forbidden = Api.as("alice").post("/api/v1/instruments/" + swap + "/venue-quotes",
                "{\"venue\":\"demo-venue-a\",\"venueMark\":1}");
        assertThat(forbidden.status()).isEqualTo(403);
        Api.Reply halfImpact = Api.as("venue-a").post("/api/v1/instruments/" + swap + "/venue-quotes",
                "{\"venue\":\"demo-venue-a\",\"impactBid\":1}");
        assertThat(halfImpact.status()).isEqualTo(422);
        assertThat(halfImpact.isProblem()).isTrue();
        assertThat(halfImpact.json().getString("field")).isEqualTo("impactAsk");
    }

    @Test
    void anInverseSwapPaysRealisedPnlInCoinAndReportsLiquidationPrices() {
        long swap = create("{\"type\":\"swap.perpetual\",\"terms\":{\"underlying\":\"BTC-USD\",\"style\":\"INVERSE\","
                + "\"contractSize\":1,\"tickSize\":0.5,\"fundingInterval\":\"PT8H\"}}");
        long trader = Fixtures.openAccount("alice");
        long counterparty = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", trader, "BTC", "1", Api.newKey());
        Fixtures.deposit("bob", counterparty, "BTC", "1", Api.newKey());
        BigDecimal entry = index().setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal exit = entry.add(new BigDecimal("1000"));
        assertThat(trade(swap, trader, counterparty, "10000", entry).status()).isEqualTo(201);

        JsonObject position = onlyPosition("alice", trader);
        double mark = position.getJsonNumber("markPrice").doubleValue();
        // isolated: backed by its initial margin (1% of 10,000 USD, in coin at the mark); BitMEX's maintenance on
        // entry value: Q / (m + Q(1 − MMR) / E)
        double margin = 10_000 * 0.01 / mark;
        assertThat(position.getJsonNumber("isolatedLiquidationPrice").doubleValue())
                .isCloseTo(10_000 / (margin + 10_000 * (1 - 0.005) / entry.doubleValue()), within(0.5));
        assertThat(position.getJsonNumber("crossLiquidationPrice").doubleValue()).as("1 BTC behind 10,000 USD")
                .isLessThan(position.getJsonNumber("isolatedLiquidationPrice").doubleValue());

        Api.Reply closed = trade(swap, counterparty, trader, "10000", exit);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        // 10,000 USD long from entry to exit: 10,000 × (1/entry − 1/exit) BTC, to 8 decimals
        BigDecimal pnl = new BigDecimal("10000").multiply(exit.subtract(entry))
                .divide(entry.multiply(exit), 8, RoundingMode.HALF_EVEN);
        assertThat(closed.json().getJsonNumber("sellerRealizedPnl").bigDecimalValue()).isEqualByComparingTo(pnl);
        assertThat(closed.json().getJsonNumber("buyerRealizedPnl").bigDecimalValue()).isEqualByComparingTo(pnl.negate());
        assertThat(Fixtures.balance("alice", trader, "BTC")).isEqualByComparingTo(BigDecimal.ONE.add(pnl));
        assertThat(Fixtures.balance("bob", counterparty, "BTC")).isEqualByComparingTo(BigDecimal.ONE.subtract(pnl));
        assertThat(Api.as("alice").get("/api/v1/accounts/" + trader + "/journal").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("type").equals("REALIZED_PNL")).count())
                .isEqualTo(1);
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }

    @Test
    void aTradeOffTheTickOrBeyondThePositionCapIsRefusedAndLeavesNothing() {
        long swap = create(linear("PT8H", ",\"maxPosition\":5000"));
        long buyer = Fixtures.openAccount("alice");
        long seller = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", buyer, "USDC", "100000", Api.newKey());
        Fixtures.deposit("bob", seller, "USDC", "100000", Api.newKey());
        BigDecimal price = index().setScale(0, RoundingMode.HALF_EVEN);

        Api.Reply offTick = trade(swap, buyer, seller, "10", price.add(new BigDecimal("0.25")));
        assertThat(offTick.status()).as(offTick.toString()).isEqualTo(422);
        assertThat(offTick.json().getString("type")).endsWith("trade/invalid-price");
        assertThat(offTick.json().getString("field")).isEqualTo("price");

        Api.Reply refused = trade(swap, buyer, seller, "6000", price);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().getString("type")).endsWith("trade/position-limit");
        assertThat(Api.as("alice").get("/api/v1/accounts/" + buyer + "/positions").array()).isEmpty();
        assertThat(trade(swap, buyer, seller, "5000", price).status()).isEqualTo(201);
    }

    @Test
    void tradesRacingTheSweeperAcrossBoundariesPayEachBoundaryOnce() throws Exception {
        long swap = create(linear("PT10S", ""));
        int pairs = 4;
        long[] longs = new long[pairs];
        long[] shorts = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            longs[i] = Fixtures.openAccount("alice");
            shorts[i] = Fixtures.openAccount("bob");
            Fixtures.deposit("alice", longs[i], "USDC", "100000", Api.newKey());
            Fixtures.deposit("bob", shorts[i], "USDC", "100000", Api.newKey());
        }
        BigDecimal price = index().setScale(0, RoundingMode.HALF_EVEN);
        Instant until = Instant.now().plusSeconds(25);
        ExecutorService threads = Executors.newFixedThreadPool(2 * pairs);
        List<Future<Integer>> cleared = new ArrayList<>();
        for (int t = 0; t < 2 * pairs; t++) {
            int pair = t % pairs;
            boolean opening = t < pairs;
            cleared.add(threads.submit(() -> {
                int ok = 0;
                while (Instant.now().isBefore(until)) {
                    // half the threads add to the pair's position, half take some off: sizes change at every boundary
                    Api.Reply reply = opening ? trade(swap, longs[pair], shorts[pair], "300", price)
                            : trade(swap, shorts[pair], longs[pair], "100", price);
                    assertThat(reply.status()).as(reply.toString()).isIn(201, 409, 422);
                    ok += reply.status() == 201 ? 1 : 0;
                }
                return ok;
            }));
        }
        int trades = 0;
        for (Future<Integer> thread : cleared) {
            trades += thread.get();
        }
        threads.shutdown();
        assertThat(trades).as("trades cleared while funding ran").isGreaterThan(20);
        Thread.sleep(11_000);

        List<JsonObject> history = history(swap);
        List<Instant> boundaries = history.stream().map(e -> Instant.parse(e.getString("fundingAt"))).sorted().toList();
        assertThat(boundaries).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < boundaries.size(); i++) {
            assertThat(Duration.between(boundaries.get(i - 1), boundaries.get(i))).isEqualTo(Duration.ofSeconds(10));
        }
        Map<Long, BigDecimal> netPerTransaction = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            fundingByTransaction("alice", longs[i]).forEach((tx, amount) -> netPerTransaction.merge(tx, amount,
                    BigDecimal::add));
            fundingByTransaction("bob", shorts[i]).forEach((tx, amount) -> netPerTransaction.merge(tx, amount,
                    BigDecimal::add));
        }
        List<Long> journals = history.stream()
                // a boundary nobody held a position at pays nothing and has no journal (the key is left out)
                .filter(e -> e.get("journalTransactionId") != null
                        && e.get("journalTransactionId").getValueType() == JsonValue.ValueType.NUMBER)
                .map(e -> e.getJsonNumber("journalTransactionId").longValue()).toList();
        assertThat(netPerTransaction.keySet()).as("every funding payment belongs to one boundary")
                .containsExactlyInAnyOrderElementsOf(journals);
        netPerTransaction.forEach((tx, net) -> assertThat(net).as("transaction %d nets to zero", tx).isZero());
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }

    static String linear(String interval, String extraTerms) {
        return "{\"type\":\"swap.perpetual\",\"terms\":{\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\","
                + "\"contractSize\":0.001,\"tickSize\":0.5,\"fundingInterval\":\"" + interval + "\"" + extraTerms
                + "}}";
    }

    static long create(String request) {
        Api.Reply created = Api.as("admin").post("/api/v1/instruments", request, Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    static Api.Reply trade(long instrument, long buyer, long seller, String quantity, BigDecimal price) {
        return Api.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + instrument + ",\"buyerAccountId\":"
                + buyer + ",\"sellerAccountId\":" + seller + ",\"quantity\":" + quantity + ",\"price\":"
                + price.toPlainString() + ",\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
    }

    private static BigDecimal index() {
        return Api.as("risk").get("/api/v1/oracle/indices/BTC-USD").json().getJsonNumber("price").bigDecimalValue();
    }

    private static JsonObject quoteMark(long swap, String venue, BigDecimal mark) {
        // each demo venue has its own reporter: demo-venue-a is venue-a's
        Api.Reply quoted = Api.as(venue.replace("demo-", "")).post("/api/v1/instruments/" + swap + "/venue-quotes",
                "{\"venue\":\"" + venue + "\",\"venueMark\":" + mark.toPlainString() + "}");
        assertThat(quoted.status()).as(quoted.toString()).isEqualTo(200);
        return quoted.json();
    }

    static List<JsonObject> history(long swap) {
        return Api.as("risk").get("/api/v1/instruments/" + swap + "/funding").json().getJsonArray("history")
                .stream().map(JsonValue::asJsonObject).toList();
    }

    /** The account's funding legs by journal transaction. */
    static Map<Long, BigDecimal> fundingByTransaction(String user, long account) {
        Map<Long, BigDecimal> legs = new HashMap<>();
        Api.as(user).get("/api/v1/accounts/" + account + "/journal?limit=1000").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> e.getString("type").equals("FUNDING"))
                .forEach(e -> legs.merge(e.getJsonNumber("transactionId").longValue(),
                        e.getJsonNumber("amount").bigDecimalValue(), BigDecimal::add));
        return legs;
    }

    private static JsonObject onlyPosition(String user, long account) {
        return Api.as(user).get("/api/v1/accounts/" + account + "/positions").array().getJsonObject(0);
    }
}
