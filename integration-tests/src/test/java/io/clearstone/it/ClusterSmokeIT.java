package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the clustered server ({@code -Pcluster}), started by the operator's own script {@code bin/cluster} on
 * one PostgreSQL database, form one JGroups view over TCP on loopback and both serve the API on the same books.
 * Not an Arquillian test: it proves the script and the provisioned server as an operator uses them. Runs only in
 * the cluster profile ({@code .ci/run}); HTTP on 8280/8380 and management on 10190/10290, clear of the main suite.
 */
class ClusterSmokeIT {

    private static final ClusterNodes NODES = new ClusterNodes(8280, "cluster-smoke");
    private static final Api.Scoped NODE_1 = NODES.api(1);
    private static final Api.Scoped NODE_2 = NODES.api(2);

    @BeforeAll
    static void startTwoNodes() {
        long started = System.nanoTime();
        String output = NODES.start(2);
        System.out.printf("two nodes ready in %d ms:%n%s%n", (System.nanoTime() - started) / 1_000_000, output);
    }

    @AfterAll
    static void stopTheNodes() {
        NODES.stop();
    }

    @Test
    void bothNodesSeeEachOtherInTheJGroupsView() throws Exception {
        long started = System.nanoTime();
        String view1 = "";
        String view2 = "";
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
            view1 = NODES.view(1);
            view2 = NODES.view(2);
            if (view1.contains("node-1") && view1.contains("node-2") && view2.equals(view1)) {
                break;
            }
            Thread.sleep(500);
        }
        System.out.printf("view after %d ms: %s%n", (System.nanoTime() - started) / 1_000_000, view1);
        assertThat(view1).as("node-1's view").contains("node-1", "node-2");
        assertThat(view2).as("node-2's view is the same view").isEqualTo(view1);
    }

    @Test
    void aDepositOnOneNodeIsVisibleOnTheOtherAndItsReplayThereReturnsTheFirstAnswer() {
        String asset = "CL" + Api.unique();
        Api.Reply listed = NODE_1.as("admin").post("/api/v1/assets", "{\"symbol\":\"" + asset
                + "\",\"decimals\":6,\"kind\":\"TOKEN\",\"collateral\":true,\"collateralWeight\":0.5,\"oracleSymbol\":\""
                + asset + "-USD\"}");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        Api.Reply opened = NODE_1.as("alice").post("/api/v1/accounts", "{}", Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long account = opened.json().getJsonNumber("id").longValue();

        String key = Api.newKey();
        String body = "{\"asset\":\"" + asset + "\",\"amount\":12.5}";
        Api.Reply first = NODE_1.as("alice").post("/api/v1/accounts/" + account + "/deposits", body, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(Fixtures.balance(NODE_2, "alice", account, asset)).isEqualByComparingTo("12.5");

        Api.Reply replay = NODE_2.as("alice").post("/api/v1/accounts/" + account + "/deposits", body, key);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(201);
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(Fixtures.balance(NODE_1, "alice", account, asset)).as("credited once")
                .isEqualByComparingTo(new BigDecimal("12.5"));
    }
}
