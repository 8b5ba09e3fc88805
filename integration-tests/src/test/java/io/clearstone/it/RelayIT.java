package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.clearstone.it.relay.OtherNodeWrites;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The cluster's event relay and its shared jobs on the one test server (which turns the relay on with
 * {@code clearstone.relay.enabled}): rows written into the shared database as another node would write them (a
 * test-only resource added to the web archive, plain JDBC) reach this node's live stream and API; this node's own
 * changes write their rows in their transactions; its own rows are never fired again here.
 */
@ExtendWith(ArquillianExtension.class)
class RelayIT {

    private static final String ELSEWHERE = "node-elsewhere";
    private static final Duration RELAY_BOUND = Duration.ofSeconds(5);

    private LiveStream stream;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        ear.getAsType(WebArchive.class, "web.war").addClass(OtherNodeWrites.class);
        return ear;
    }

    @BeforeEach
    void subscribe() throws Exception {
        stream = LiveStream.open(Api.SERVER, "risk");
    }

    @AfterEach
    void unsubscribe() {
        stream.close();
    }

    @Test
    void anIndexChangeMadeOnAnotherNodeIsOnThisNodesLiveStream() throws Exception {
        String symbol = "RLY" + Api.unique() + "-USD";
        long started = System.nanoTime();
        writeAsAnotherNode("index", "{\"at\":\"" + Instant.now() + "\",\"previous\":100,\"price\":101.25,"
                + "\"symbol\":\"" + symbol + "\"}", ELSEWHERE);

        JsonObject index = stream.await("index", e -> symbol.equals(e.getString("symbol", null)), RELAY_BOUND);
        System.out.printf("RelayIT: an index change of another node on the live stream after %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
        assertThat(index.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("101.25");
        assertThat(index.getJsonNumber("previous").bigDecimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void theEnginesLiquidationsMarginCallsAndOracleAlertsAreOnThisNodesLiveStream() throws Exception {
        long account = 900_000_000L + (System.nanoTime() & 0xFFFFF);
        writeAsAnotherNode("liquidation", "{\"event\":{\"accountId\":" + account + ",\"amount\":-12.5,\"asset\":"
                + "\"USDC\",\"createdAt\":\"" + Instant.now() + "\",\"equityBeforeUsd\":90.5,\"id\":77,\"kind\":"
                + "\"INSURANCE_PAYMENT\",\"maintenanceBeforeUsd\":100.0,\"reason\":\"relayed\"}}", ELSEWHERE);
        writeAsAnotherNode("margin", "{\"accountId\":" + (account + 1) + ",\"equityUsd\":1000.0,"
                + "\"maintenanceUsd\":850.0,\"marginRatio\":0.85,\"state\":\"MARGIN_CALL\"}", ELSEWHERE);
        String symbol = "RLY" + Api.unique() + "-USD";
        writeAsAnotherNode("oracle-alert", "{\"actors\":\"venue-a,venue-b\",\"detail\":\"relayed\",\"heldPrice\":50,"
                + "\"id\":5,\"indexPrice\":100,\"kind\":\"HALTED\",\"raisedAt\":\"" + Instant.now() + "\","
                + "\"symbol\":\"" + symbol + "\"}", ELSEWHERE);

        JsonObject liquidation = stream.await("liquidation",
                e -> e.getJsonNumber("accountId").longValue() == account, RELAY_BOUND);
        assertThat(liquidation.getString("kind")).isEqualTo("INSURANCE_PAYMENT");
        assertThat(liquidation.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("-12.5");
        JsonObject margin = stream.await("margin",
                e -> e.getJsonNumber("accountId").longValue() == account + 1, RELAY_BOUND);
        assertThat(margin.getString("state")).isEqualTo("MARGIN_CALL");
        JsonObject alert = stream.await("oracle-alert", e -> symbol.equals(e.getString("symbol", null)),
                RELAY_BOUND);
        assertThat(alert.getString("kind")).isEqualTo("HALTED");
    }

    /**
     * A trade committed on another node grew a portfolio account's position far past what its collateral carries.
     * This node's margin book knows nothing of it (no local event) until the other node's changed-accounts row
     * arrives: then the book reads the account again at its next use, and the account is liquidated.
     */
    @Test
    void accountsChangedOnAnotherNodeAreReadAgainByThisNodesMarginBook() throws Exception {
        Fixtures.awaitFreshIndex("USDC-USD");
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        long portfolio = Fixtures.openPortfolioAccount("alice");
        long standard = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", portfolio, "USDC", "2100", Api.newKey());
        Fixtures.deposit("bob", standard, "USDC", "1000000", Api.newKey());
        assertThat(PerpetualSwapsIT.trade(swap, portfolio, standard, "100", new java.math.BigDecimal("100"))
                .status()).isEqualTo(201);
        market.price("100.01");
        Thread.sleep(1_000);

        setPositionAsAnotherNode(portfolio, swap, "1000");
        setPositionAsAnotherNode(standard, swap, "-1000");
        market.price("100.02");
        Thread.sleep(2_000);
        assertThat(stream.seen("liquidation")).as("without the other node's row the book has the old position")
                .noneMatch(e -> e.getJsonNumber("accountId").longValue() == portfolio);

        writeAsAnotherNode("accounts", "{\"accountIds\":[" + portfolio + "," + standard + "]}", ELSEWHERE);
        Thread.sleep(500);
        market.price("100.03");

        JsonObject liquidation = stream.await("liquidation",
                e -> e.getJsonNumber("accountId").longValue() == portfolio, Duration.ofSeconds(15));
        assertThat(liquidation.getString("kind")).isNotBlank();
    }

    /** This node's own rows (its origin) are its own events, already told here: never fired twice. */
    @Test
    void rowsOfThisNodeAreNotFiredAgainHere() throws Exception {
        String thisNode = Api.as("admin").get("/api/v1/test/other-node/this-node", "text/plain").body();
        String own = "RLY" + Api.unique() + "-USD";
        String other = "RLY" + Api.unique() + "-USD";
        writeAsAnotherNode("index", "{\"at\":\"" + Instant.now() + "\",\"price\":1,\"symbol\":\"" + own + "\"}",
                thisNode);
        writeAsAnotherNode("index", "{\"at\":\"" + Instant.now() + "\",\"price\":2,\"symbol\":\"" + other + "\"}",
                ELSEWHERE);

        stream.await("index", e -> other.equals(e.getString("symbol", null)), RELAY_BOUND);
        assertThat(stream.seen("index")).as("rows are read in id order: the own row, written first, was skipped")
                .noneMatch(e -> own.equals(e.getString("symbol", null)));
    }

    /** A deposit here writes its row in its own transaction, for the other nodes' margin books. */
    @Test
    void aDepositOnThisNodeWritesTheChangedAccountIntoTheOutbox() {
        long newest = Long.parseLong(Api.as("admin").get("/api/v1/test/other-node/events/newest").body().trim());
        long account = Fixtures.openAccount("alice");

        assertThat(Fixtures.deposit("alice", account, "USDC", "10", Api.newKey()).status()).isEqualTo(201);

        List<JsonObject> rows = Api.as("admin").get("/api/v1/test/other-node/events?topic=accounts&after=" + newest)
                .array().stream().map(JsonValue::asJsonObject).toList();
        assertThat(rows).anySatisfy(row -> assertThat(Json.createReader(new StringReader(row.getString("payload")))
                .readObject().getJsonArray("accountIds").getJsonNumber(0).longValue()).isEqualTo(account));
    }

    /** A job another node ran (or runs) answers here, with its answer as that node stored it. */
    @Test
    void aJobOfAnotherNodeIsReadHere() {
        String id = java.util.UUID.randomUUID().toString();
        Instant started = Instant.now().minusSeconds(5);
        Api.Reply stored = Api.as("admin").post("/api/v1/test/other-node/jobs", "{\"id\":\"" + id + "\",\"kind\":"
                + "\"ranking\",\"state\":\"DONE\",\"progress\":1,\"resultJson\":\"[{\\\"node\\\":\\\"account:5\\\","
                + "\\\"debtRank\\\":0.25}]\",\"node\":\"" + ELSEWHERE + "\",\"startedAt\":\"" + started
                + "\",\"finishedAt\":\"" + started.plusSeconds(2) + "\",\"updatedAt\":\"" + started.plusSeconds(2)
                + "\"}");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);

        JsonObject job = Api.as("risk").get("/api/v1/risk-graph/jobs/" + id).json();

        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getString("kind")).isEqualTo("ranking");
        assertThat(job.getJsonNumber("progress").doubleValue()).isEqualTo(1.0);
        assertThat(job.getJsonArray("result").getJsonObject(0).getString("node")).isEqualTo("account:5");
        assertThat(job.getJsonArray("result").getJsonObject(0).getJsonNumber("debtRank").doubleValue())
                .isEqualTo(0.25);
    }

    /** Its node died while it ran: no heartbeat for two minutes. */
    @Test
    void aJobWhoseNodeDiedReadsAsFailedNamingTheNode() {
        String id = java.util.UUID.randomUUID().toString();
        Instant started = Instant.now().minusSeconds(300);
        Api.Reply stored = Api.as("admin").post("/api/v1/test/other-node/jobs", "{\"id\":\"" + id + "\",\"kind\":"
                + "\"thresholds\",\"state\":\"RUNNING\",\"progress\":0.4,\"node\":\"node-dead\",\"startedAt\":\""
                + started + "\",\"updatedAt\":\"" + Instant.now().minusSeconds(120) + "\"}");
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);

        JsonObject job = Api.as("risk").get("/api/v1/risk-graph/jobs/" + id).json();

        assertThat(job.getString("state")).isEqualTo("FAILED");
        assertThat(job.getString("error")).contains("node-dead");
    }

    private static void setPositionAsAnotherNode(long account, long instrument, String quantity) {
        Api.Reply set = Api.as("admin").post("/api/v1/test/other-node/positions", "{\"accountId\":" + account
                + ",\"instrumentId\":" + instrument + ",\"quantity\":" + quantity + "}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
    }

    private static void writeAsAnotherNode(String topic, String payload, String origin) {
        Api.Reply written = Api.as("admin").post("/api/v1/test/other-node/events", Json.createObjectBuilder()
                .add("topic", topic).add("payload", payload).add("origin", origin).build().toString());
        assertThat(written.status()).as(written.toString()).isEqualTo(200);
    }
}
