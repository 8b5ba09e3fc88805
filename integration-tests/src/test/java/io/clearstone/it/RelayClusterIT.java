package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Cluster-wide state on two real nodes of the clustered server ({@code -Pcluster}, PostgreSQL), started with
 * {@code bin/cluster} like {@link ClusterSmokeIT}: a background job started on node 1 answers on node 2, and an index
 * change accepted on node 1 is on node 2's live stream through the outbox relay. HTTP on 8480/8580, management on
 * 10390/10490, its own cluster folder.
 */
class RelayClusterIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("repository.root", ".."));
    private static final Path CLUSTER_DIR = Path.of(System.getProperty("cluster.dir", "target/cluster"))
            .resolveSibling("relay-cluster");
    private static final int FIRST_OFFSET = 400;
    private static final URI NODE_1_URL = URI.create("http://127.0.0.1:" + (8080 + FIRST_OFFSET));
    private static final URI NODE_2_URL = URI.create("http://127.0.0.1:" + (8180 + FIRST_OFFSET));
    private static final Api.Scoped NODE_1 = Api.at(NODE_1_URL);
    private static final Api.Scoped NODE_2 = Api.at(NODE_2_URL);

    @BeforeAll
    static void startTwoNodes() throws Exception {
        System.out.println(cluster("start", "2", "--base-port", String.valueOf(8080 + FIRST_OFFSET)));
    }

    @AfterAll
    static void stopTheNodes() throws Exception {
        cluster("stop");
    }

    @Test
    void aJobStartedOnNodeOneIsReadOnNodeTwoWithTheSameAnswer() throws Exception {
        Api.Reply started = NODE_1.as("risk").post("/api/v1/risk-graph/jobs", "{\"kind\":\"thresholds\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.json().getString("id");

        JsonObject onNode2 = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Api.Reply reply = NODE_2.as("risk").get("/api/v1/risk-graph/jobs/" + id);
            assertThat(reply.status()).as("node 2 knows node 1's job: " + reply).isEqualTo(200);
            onNode2 = reply.json();
            if (!onNode2.getString("state").equals("RUNNING")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(onNode2.getString("state")).as(onNode2.toString()).isEqualTo("DONE");
        assertThat(onNode2).isEqualTo(NODE_1.as("risk").get("/api/v1/risk-graph/jobs/" + id).json());
        assertThat(onNode2.getJsonArray("result")).isNotNull();
    }

    @Test
    void anIndexChangeAcceptedOnNodeOneIsOnNodeTwosLiveStream() throws Exception {
        String suffix = Api.unique();
        String coin = "R" + suffix;
        String symbol = coin + "-USD";
        String source = "r" + suffix.toLowerCase();
        Api.Reply listed = NODE_1.as("admin").post("/api/v1/assets", "{\"symbol\":\"" + coin + "\",\"decimals\":8,"
                + "\"kind\":\"TOKEN\",\"collateral\":true,\"collateralWeight\":0.5,\"oracleSymbol\":\"" + symbol + "\"}");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        Api.Reply rules = NODE_1.as("admin").put("/api/v1/oracle/symbols/" + symbol + "/rules",
                "{\"stalenessSeconds\":3600,\"minQuorum\":1,\"maxDeviation\":0.9,\"maxMovePerInterval\":10}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        Api.Reply registered = NODE_1.as("admin").post("/api/v1/oracle/sources", "{\"name\":\"" + source
                + "\",\"description\":\"relay cluster test\",\"reporter\":\"oracle\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        try (LiveStream node2 = LiveStream.open(NODE_2_URL, "risk")) {
            Thread.sleep(500);
            long reported = System.nanoTime();
            Api.Reply observed = NODE_1.as("oracle").post("/api/v1/oracle/observations", "{\"symbol\":\"" + symbol
                    + "\",\"source\":\"" + source + "\",\"price\":4321.5,\"observedAt\":\"" + Instant.now() + "\"}");
            assertThat(observed.status()).as(observed.toString()).isEqualTo(200);

            JsonObject index = node2.await("index", e -> symbol.equals(e.getString("symbol", null)),
                    Duration.ofSeconds(10));
            System.out.printf("RelayClusterIT: node 1's index change on node 2's live stream after %d ms%n",
                    (System.nanoTime() - reported) / 1_000_000);
            assertThat(index.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("4321.5");
        }
    }

    private static String cluster(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(REPOSITORY.resolve("bin/cluster").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SERVER_HOME", System.getProperty("jboss.home"));
        builder.environment().put("EAR", System.getProperty("clearstone.ear"));
        builder.environment().put("CLUSTER_DIR", CLUSTER_DIR.toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(Duration.ofMinutes(4).toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + output);
        }
        return output;
    }
}
