package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The clearing engine on two nodes of the clustered server, started with {@code bin/cluster} on PostgreSQL: exactly
 * one node runs it, both serve the API, and when the engine's node is killed with SIGKILL in the middle of a burst
 * of liquidations, deposits and funding payments the survivor takes the engine over, finishes the liquidations and
 * pays funding, each exactly once; nothing acknowledged to a client is lost, the ledger reconciles, and the killed
 * node rejoins without a second engine. {@code -Dfailover.kills=5} repeats the kill and prints each failover time
 * (docs/benchmarks.md); the default is one. HTTP on 8880/8980, management on 10790/10890.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final ClusterNodes NODES = new ClusterNodes(Integer.getInteger("failover.base-port", 8880),
            "cluster-failover",
            // the demo market opens the backstop account that takes liquidated positions (and lists USDC)
            Map.of("NODE_JAVA_OPTS", "-Dclearstone.demo.enabled=true "
                    + "-Dclearstone.plugins.swap.perpetual.funding-intervals=PT1H,PT8H,PT10S"));
    private static final int KILLS = Integer.getInteger("failover.kills", 1);
    private static final Duration TAKE_OVER_LIMIT = Duration.ofSeconds(15);
    /** Each round: this many accounts bankrupt at 80 (liquidating when the kill comes) and as many more at 60. */
    private static final int ACCOUNTS_PER_WAVE = 4;
    private static final BigDecimal DEPOSIT = new BigDecimal("10");

    private static Market usdc;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        long started = System.nanoTime();
        System.out.println(NODES.start(2));
        System.out.printf("ClusterFailoverIT: two nodes ready in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        NODES.awaitEngine(Duration.ofSeconds(60), 1, 2);
        usdc = Market.usdc(NODES.api(1));
        openTheBackstop(NODES.api(1));
    }

    /**
     * The backstop liquidity provider takes liquidated positions: the demo market opens it on an empty database; on
     * one that another suite used first, the test opens it (the first active account of the owner {@code backstop}).
     */
    private static void openTheBackstop(Api.Scoped node) {
        Api.Reply opened = node.as("admin").post("/api/v1/accounts", "{\"owner\":\"backstop\"}", Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long backstop = opened.json().getJsonNumber("id").longValue();
        Api.Reply funded = node.as("admin").post("/api/v1/accounts/" + backstop + "/deposits",
                "{\"asset\":\"USDC\",\"amount\":10000000}", Api.newKey());
        assertThat(funded.status()).as(funded.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stopTheNodes() {
        NODES.stop();
    }

    @Test
    @Order(1)
    void exactlyOneNodeRunsTheEngineAndEveryNodeSaysWhichAndIsReady() throws Exception {
        int engine = NODES.awaitEngine(Duration.ofSeconds(30), 1, 2);
        for (int node = 1; node <= 2; node++) {
            JsonObject view = NODES.cluster(node);
            assertThat(view.getString("node")).isEqualTo("node-" + node);
            assertThat(view.getBoolean("clustered")).isTrue();
            assertThat(view.getJsonArray("members").getValuesAs(jakarta.json.JsonString::getString))
                    .containsExactly("node-1", "node-2");
            assertThat(view.getString("engineNode")).isEqualTo("node-" + engine);
            assertThat(view.getBoolean("engineHere")).as("node-%d runs the engine", node).isEqualTo(node == engine);
            Api.Reply ready = Api.send(java.net.http.HttpRequest.newBuilder(
                    NODES.management(node).resolve("/health/ready")).GET());
            assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
            assertThat(ready.body()).contains("\"name\":\"cluster\"", "\"engineNode\":\"node-" + engine + "\"");
        }
        Api.Reply reload = NODES.api(3 - engine).as("admin").post("/api/v1/margin/book/reload", "{}");
        assertThat(reload.status()).as("the book lives on the engine's node: " + reload).isEqualTo(409);
        assertThat(reload.body()).contains("engine-elsewhere", "node-" + engine);
    }

    /**
     * For docs/benchmarks.md only ({@code -Dcluster.throughput.seconds=N}): deposits per second from the same clients
     * against node 1 alone, then spread over both nodes, in one run on one database.
     */
    @Test
    @Order(2)
    void depositThroughputOnOneNodeAndOnTwo() throws Exception {
        int seconds = Integer.getInteger("cluster.throughput.seconds", 0);
        org.junit.jupiter.api.Assumptions.assumeTrue(seconds > 0, "a benchmark: -Dcluster.throughput.seconds=N");
        int clients = Integer.getInteger("cluster.throughput.clients", 8);
        double one = DepositBurst.rate(List.of(NODES.api(1)), usdc.asset, clients, Duration.ofSeconds(seconds));
        double two = DepositBurst.rate(List.of(NODES.api(1), NODES.api(2)), usdc.asset, clients,
                Duration.ofSeconds(seconds));
        System.out.printf("ClusterFailoverIT throughput: %d clients, %d s each: node 1 alone %.1f deposits/s, "
                + "both nodes %.1f deposits/s, ratio %.2f%n", clients, seconds, one, two, two / one);
    }

    @Test
    @Order(3)
    void killingTheEngineNodeMidBurstLosesNothingDoublesNothingAndTheSurvivorTakesOver() throws Exception {
        List<Long> failovers = new ArrayList<>();
        for (int round = 1; round <= KILLS; round++) {
            failovers.add(killTheEngineAndCheck(round));
        }
        System.out.printf("ClusterFailoverIT: kill -> first liquidation on the survivor, ms: %s%n", failovers);
    }

    /** One round: returns the milliseconds from the kill to the survivor's first liquidation. */
    private static long killTheEngineAndCheck(int round) throws Exception {
        int engine = NODES.awaitEngine(Duration.ofSeconds(60), 1, 2);
        int survivor = 3 - engine;
        Api.Scoped other = NODES.api(survivor);
        Market coin = Market.coin(other, "100");
        long swap = coin.linearSwap(other);
        long bob = open(other, "bob");
        deposit(other, "bob", bob, "1000000");
        // wave 1: 1,100 USDC behind 100 long at 100, bankrupt at 80; wave 2: 3,000, healthy at 80, bankrupt at 60
        List<Long> firstWave = leveraged(other, swap, bob, "1100");
        List<Long> secondWave = leveraged(other, swap, bob, "3000");
        List<Long> everyone = new ArrayList<>(firstWave);
        everyone.addAll(secondWave);

        DepositBurst burst = DepositBurst.start(NODES.api(1), NODES.api(2), usdc.asset);
        long failover;
        try (LiveStream stream = LiveStream.open(NODES.api(survivor).server(), "risk")) {
            awaitFunding(other, swap, 2, Duration.ofSeconds(40));
            // the crash is reported to the node without the engine: the event relay carries it to the engine
            Instant crashed = Instant.now();
            coin.price(other, "80");
            awaitAnyLiquidation(other, firstWave, Duration.ofSeconds(30));
            System.out.printf("ClusterFailoverIT round %d: a crash reported to node-%d liquidated on node-%d after "
                    + "%d ms%n", round, survivor, engine, Duration.between(crashed, Instant.now()).toMillis());
            // and the engine's liquidation reaches the live stream of the node that does not run the engine
            JsonObject seen = stream.await("liquidation",
                    e -> firstWave.contains(e.getJsonNumber("accountId").longValue()), Duration.ofSeconds(15));
            assertThat(seen.toString()).as("node-%d's live stream", survivor).contains("BANKRUPTCY_CLOSE");
            Instant killedAt = Instant.now();
            System.out.println(NODES.kill(engine));
            coin.price(other, "60");
            Instant firstAfter = awaitLiquidationAfter(other, secondWave, killedAt, TAKE_OVER_LIMIT.plusSeconds(30));
            failover = Duration.between(killedAt, firstAfter).toMillis();
            System.out.printf("ClusterFailoverIT round %d: node-%d killed, node-%d liquidated %d ms later%n",
                    round, engine, survivor, failover);
            assertThat(Duration.ofMillis(failover)).as("kill to the survivor's first liquidation")
                    .isLessThanOrEqualTo(TAKE_OVER_LIMIT);
            assertThat(NODES.awaitEngine(Duration.ofSeconds(5), survivor)).isEqualTo(survivor);

            awaitFlat(other, everyone, swap, Duration.ofSeconds(60));
            awaitFunding(other, swap, 2, Duration.ofSeconds(40)); // the survivor pays the next boundaries
            burst.stop();

            for (long account : everyone) {
                Map<String, Long> kinds = liquidations(other, account).stream()
                        .collect(Collectors.groupingBy(e -> e.getString("kind"), Collectors.counting()));
                assertThat(kinds.get("BANKRUPTCY_CLOSE")).as("account %d liquidated once: %s", account, kinds)
                        .isEqualTo(1L);
            }
            assertFundingPaidOncePerInterval(other, swap);
            burst.assertEveryAcknowledgedDepositBookedOnce(other);
            JsonObject reconciliation = other.as("risk").get("/api/v1/ledger/reconciliation").json();
            assertThat(reconciliation.getBoolean("balanced")).as(reconciliation.toString()).isTrue();
        } finally {
            burst.stop();
        }

        neverTwoEnginesWhile(() -> NODES.rejoin(engine));
        assertThat(NODES.awaitEngine(Duration.ofSeconds(30), 1, 2)).as("the survivor keeps the engine")
                .isEqualTo(survivor);
        return failover;
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Samples both nodes every 100 ms while the action runs: at no sample may both say they run the engine. */
    private static void neverTwoEnginesWhile(Runnable action) throws Exception {
        AtomicBoolean sampling = new AtomicBoolean(true);
        List<String> doubles = new CopyOnWriteArrayList<>();
        AtomicInteger samples = new AtomicInteger();
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                JsonObject one = NODES.cluster(1);
                JsonObject two = NODES.cluster(2);
                samples.incrementAndGet();
                if (one != null && two != null && one.getBoolean("engineHere") && two.getBoolean("engineHere")) {
                    doubles.add(Instant.now() + " " + one + " " + two);
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        try {
            action.run();
            Thread.sleep(3_000); // and a little after it is ready, when a wrong election would show
        } finally {
            sampling.set(false);
            sampler.join();
        }
        System.out.printf("ClusterFailoverIT: %d samples of both nodes during the rejoin%n", samples.get());
        assertThat(doubles).as("moments when both nodes ran the engine").isEmpty();
    }

    private static List<Long> leveraged(Api.Scoped node, long swap, long counterparty, String collateral) {
        List<Long> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS_PER_WAVE; i++) {
            long account = open(node, "alice");
            deposit(node, "alice", account, collateral);
            Api.Reply traded = node.as("admin").post("/api/v1/trades", "{\"instrumentId\":" + swap
                    + ",\"buyerAccountId\":" + account + ",\"sellerAccountId\":" + counterparty
                    + ",\"quantity\":100,\"price\":100,\"tradedAt\":\"" + Instant.now() + "\"}", Api.newKey());
            assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
            accounts.add(account);
        }
        return accounts;
    }

    private static long open(Api.Scoped node, String trader) {
        Api.Reply opened = node.as(trader).post("/api/v1/accounts", "{}", Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().getJsonNumber("id").longValue();
    }

    private static void deposit(Api.Scoped node, String trader, long account, String amount) {
        Api.Reply reply = node.as(trader).post("/api/v1/accounts/" + account + "/deposits",
                "{\"asset\":\"USDC\",\"amount\":" + amount + "}", Api.newKey());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private static List<JsonObject> liquidations(Api.Scoped node, long account) {
        return node.as("risk").get("/api/v1/liquidations?accountId=" + account).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static void awaitAnyLiquidation(Api.Scoped node, List<Long> accounts, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (long account : accounts) {
                if (!liquidations(node, account).isEmpty()) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no liquidation of " + accounts + " within " + timeout);
    }

    /** The earliest liquidation of the accounts recorded after {@code after}, once one exists. */
    private static Instant awaitLiquidationAfter(Api.Scoped node, List<Long> accounts, Instant after,
                                                 Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Instant first = accounts.stream().flatMap(a -> liquidations(node, a).stream())
                    .map(e -> Instant.parse(e.getString("createdAt"))).filter(at -> at.isAfter(after))
                    .min(Instant::compareTo).orElse(null);
            if (first != null) {
                return first;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no liquidation of " + accounts + " within " + timeout + " of the kill");
    }

    private static void awaitFlat(Api.Scoped node, List<Long> accounts, long swap, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Long> open = List.of();
        while (System.nanoTime() < deadline) {
            open = accounts.stream().filter(a -> position(node, a, swap).signum() != 0).toList();
            if (open.isEmpty()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("still holding the swap after " + timeout + ": " + open);
    }

    private static BigDecimal position(Api.Scoped node, long account, long instrument) {
        return node.as("risk").get("/api/v1/accounts/" + account + "/positions").array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("instrumentId").longValue() == instrument)
                .map(p -> p.getJsonNumber("quantity").bigDecimalValue()).findFirst().orElse(BigDecimal.ZERO);
    }

    private static List<JsonObject> fundingEvents(Api.Scoped node, long swap) {
        Api.Reply reply = node.as("risk").get("/api/v1/instruments/" + swap + "/funding?limit=1000");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json().getJsonArray("history").stream().map(JsonValue::asJsonObject).toList();
    }

    /** Waits until {@code more} funding intervals beyond those paid now have been paid. */
    private static void awaitFunding(Api.Scoped node, long swap, int more, Duration timeout)
            throws InterruptedException {
        int before = fundingEvents(node, swap).size();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (fundingEvents(node, swap).size() < before + more) {
            assertThat(System.nanoTime()).as("%d more funding payments within %s", more, timeout)
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
    }

    /** Every interval at most once, each with its own ledger transaction, and none skipped between the first and last. */
    private static void assertFundingPaidOncePerInterval(Api.Scoped node, long swap) {
        List<JsonObject> events = fundingEvents(node, swap);
        List<String> periods = events.stream().map(e -> e.getString("periodStart")).toList();
        assertThat(periods).as("funding periods").doesNotHaveDuplicates();
        List<Long> transactions = events.stream()
                .filter(e -> e.containsKey("journalTransactionId") && !e.isNull("journalTransactionId"))
                .map(e -> e.getJsonNumber("journalTransactionId").longValue()).toList();
        assertThat(transactions).as("funding transactions").doesNotHaveDuplicates();
        List<Instant> starts = periods.stream().map(Instant::parse).sorted().toList();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(Duration.between(starts.get(i - 1), starts.get(i))).as("intervals follow each other: %s",
                    starts).isEqualTo(Duration.ofSeconds(10));
        }
    }

    /** A symbol priced by one source of the test's own, quorum 1, wide bands (crashes go through). */
    private record Market(String asset, String symbol, String source) {

        static Market usdc(Api.Scoped node) {
            Api.Reply listed = node.as("admin").post("/api/v1/assets", "{\"symbol\":\"USDC\",\"decimals\":6,"
                    + "\"kind\":\"STABLECOIN\",\"collateral\":true,\"collateralWeight\":1,\"oracleSymbol\":\"USDC-USD\"}");
            assertThat(listed.status()).as(listed.toString()).isIn(201, 409);
            Market usdc = new Market("USDC", "USDC-USD", "usdc" + Api.unique().toLowerCase());
            usdc.register(node);
            usdc.price(node, "1");
            return usdc;
        }

        static Market coin(Api.Scoped node, String price) {
            String suffix = Api.unique();
            Market coin = new Market("F" + suffix, "F" + suffix + "-USD", "f" + suffix.toLowerCase());
            Api.Reply listed = node.as("admin").post("/api/v1/assets", "{\"symbol\":\"" + coin.asset
                    + "\",\"decimals\":8,\"kind\":\"TOKEN\",\"collateral\":false,\"collateralWeight\":1,\"oracleSymbol\":\""
                    + coin.symbol + "\"}");
            assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
            coin.register(node);
            coin.price(node, price);
            return coin;
        }

        private void register(Api.Scoped node) {
            Api.Reply rules = node.as("admin").put("/api/v1/oracle/symbols/" + symbol + "/rules",
                    "{\"stalenessSeconds\":3600,\"minQuorum\":1,\"maxDeviation\":0.9,\"maxMovePerInterval\":10}");
            assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
            Api.Reply source = node.as("admin").post("/api/v1/oracle/sources", "{\"name\":\"" + this.source
                    + "\",\"description\":\"cluster failover test\",\"reporter\":\"oracle\"}");
            assertThat(source.status()).as(source.toString()).isEqualTo(201);
        }

        void price(Api.Scoped node, String price) {
            Api.Reply reply = node.as("oracle").post("/api/v1/oracle/observations", "{\"symbol\":\"" + symbol
                    + "\",\"source\":\"" + source + "\",\"price\":" + price + ",\"observedAt\":\"" + Instant.now()
                    + "\"}");
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }

        long linearSwap(Api.Scoped node) {
            Api.Reply created = node.as("admin").post("/api/v1/instruments", "{\"type\":\"swap.perpetual\","
                    + "\"terms\":{\"underlying\":\"" + symbol + "\",\"style\":\"LINEAR\",\"contractSize\":1,"
                    + "\"tickSize\":0.01,\"fundingInterval\":\"PT10S\",\"initialMargin\":0.1,"
                    + "\"maintenanceMargin\":0.05}}", Api.newKey());
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json().getJsonNumber("id").longValue();
        }
    }

    /**
     * Clients depositing flat out on both nodes, each into an account of its own; every answered deposit is kept
     * with its key and transaction, every unanswered one (refused connection, a kill mid-request) counted as in flight.
     */
    private static final class DepositBurst {

        private record Acknowledged(long account, String key, long transactionId) {
        }

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        private final Map<Long, AtomicInteger> unanswered = new ConcurrentHashMap<>();
        private final Map<Long, Integer> accounts = new HashMap<>();
        private final ExecutorService clients = Executors.newCachedThreadPool();
        private final String asset;

        private DepositBurst(String asset) {
            this.asset = asset;
        }

        /** Acknowledged deposits per second over {@code length}, the clients spread evenly over the nodes. */
        static double rate(List<Api.Scoped> nodes, String asset, int clients, Duration length) throws Exception {
            DepositBurst burst = new DepositBurst(asset);
            for (int client = 0; client < clients; client++) {
                long account = open(nodes.get(0), "carol");
                burst.accounts.put(account, client);
                burst.unanswered.put(account, new AtomicInteger());
                List<Api.Scoped> own = List.of(nodes.get(client % nodes.size()));
                burst.clients.submit(() -> burst.depositUntilStopped(account, own, 0));
            }
            Thread.sleep(2_000); // warm-up, not counted
            int before = burst.acknowledged.size();
            long started = System.nanoTime();
            Thread.sleep(length.toMillis());
            int counted = burst.acknowledged.size() - before;
            double elapsed = (System.nanoTime() - started) / 1e9;
            burst.stop();
            return counted / elapsed;
        }

        static DepositBurst start(Api.Scoped one, Api.Scoped two, String asset) {
            DepositBurst burst = new DepositBurst(asset);
            for (int client = 0; client < 4; client++) {
                long account = open(one, "carol");
                burst.accounts.put(account, client);
                burst.unanswered.put(account, new AtomicInteger());
                List<Api.Scoped> nodes = List.of(one, two);
                int first = client;
                burst.clients.submit(() -> burst.depositUntilStopped(account, nodes, first));
            }
            return burst;
        }

        private void depositUntilStopped(long account, List<Api.Scoped> nodes, int first) {
            for (int i = first; running.get(); i++) {
                String key = Api.newKey();
                try {
                    Api.Reply reply = nodes.get(i % nodes.size()).as("carol").post("/api/v1/accounts/" + account
                            + "/deposits", body(), key);
                    if (reply.status() == 201) {
                        acknowledged.add(new Acknowledged(account, key,
                                reply.json().getJsonNumber("transactionId").longValue()));
                    } else {
                        unanswered.get(account).incrementAndGet();
                    }
                } catch (RuntimeException refused) {
                    unanswered.get(account).incrementAndGet();
                    sleep(50);
                }
            }
        }

        private String body() {
            return "{\"asset\":\"" + asset + "\",\"amount\":" + DEPOSIT + "}";
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }

        /** On the survivor: every acknowledged key replays to its transaction; balances hold them all, once. */
        void assertEveryAcknowledgedDepositBookedOnce(Api.Scoped survivor) {
            assertThat(acknowledged).as("deposits acknowledged during the burst").isNotEmpty();
            for (Acknowledged deposit : acknowledged) {
                Api.Reply replay = survivor.as("carol").post("/api/v1/accounts/" + deposit.account() + "/deposits",
                        body(), deposit.key());
                assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
                assertThat(replay.json().getJsonNumber("transactionId").longValue()).as("key %s", deposit.key())
                        .isEqualTo(deposit.transactionId());
            }
            Set<Long> transactions = acknowledged.stream().map(Acknowledged::transactionId)
                    .collect(Collectors.toSet());
            assertThat(transactions).as("one transaction per acknowledged deposit").hasSize(acknowledged.size());
            for (long account : accounts.keySet()) {
                long acked = acknowledged.stream().filter(d -> d.account() == account).count();
                BigDecimal balance = Fixtures.balance(survivor, "carol", account, asset);
                BigDecimal least = DEPOSIT.multiply(BigDecimal.valueOf(acked));
                BigDecimal most = least.add(DEPOSIT.multiply(BigDecimal.valueOf(unanswered.get(account).get())));
                assertThat(balance).as("account %d: %d acknowledged, %d unanswered", account, acked,
                        unanswered.get(account).get()).isBetween(least, most);
            }
            System.out.printf("ClusterFailoverIT: %d deposits acknowledged, %d unanswered, all booked once%n",
                    acknowledged.size(), unanswered.values().stream().mapToInt(AtomicInteger::get).sum());
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
