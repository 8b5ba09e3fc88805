package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The risk graph of the running platform: built from the demo market's live state, extended with registered outside
 * protocols, and asked what a price shock does to a case built for it.
 */
@ExtendWith(ArquillianExtension.class)
class RiskGraphIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theGraphOfTheDemoMarketHasThePlatformItsMembersTheirCollateralAndTheFund() {
        Fixtures.awaitFreshIndex("BTC-USD");
        JsonObject graph = Api.as("risk").get("/api/v1/risk-graph").json();
        List<String> nodes = graph.getJsonArray("nodes").stream().map(n -> n.asJsonObject().getString("id"))
                .toList();
        assertThat(nodes).contains("platform:clearstone", "institution:alice", "institution:bob", "asset:BTC",
                "asset:USDC", "insurer:insurance-fund", "oracle:BTC-USD");
        assertThat(graph.getJsonArray("edges").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("source").equals("institution:alice")
                        && e.getString("target").equals("asset:BTC")).findFirst()).get()
                .satisfies(e -> assertThat(e.getString("kind")).isEqualTo("collateral"));
        assertThat(Api.as("risk").get("/api/v1/risk-graph/graphml", "application/xml").body()).contains("<graphml",
                "institution:alice");
        assertThat(Api.as("alice").get("/api/v1/risk-graph").status()).as("traders do not see the graph")
                .isEqualTo(403);
    }

    @Test
    void aShockToTheCollateralOfARegisteredProtocolFailsItAndItsCreditor() {
        String suffix = Api.unique().toLowerCase();
        String lender = "lend-" + suffix;
        String fund = "fund-" + suffix;
        // the protocol holds 1,000,000 USD of ETH against 100,000 of equity and owes the fund 500,000;
        // the fund's equity is 100,000: with 60% lost on a failed debtor it cannot survive the protocol
        Api.Reply imported = Api.as("risk").post("/api/v1/risk-graph/import", "{\"nodes\":["
                + "{\"kind\":\"protocol\",\"name\":\"" + lender + "\",\"equity\":100000},"
                + "{\"kind\":\"institution\",\"name\":\"" + fund + "\",\"equity\":100000,\"externalAssets\":50000}],"
                + "\"exposures\":["
                + "{\"sourceKind\":\"protocol\",\"sourceName\":\"" + lender + "\",\"targetKind\":\"asset\","
                + "\"targetName\":\"ETH\",\"kind\":\"collateral\",\"amount\":1000000},"
                + "{\"sourceKind\":\"protocol\",\"sourceName\":\"" + lender + "\",\"targetKind\":\"institution\","
                + "\"targetName\":\"" + fund + "\",\"kind\":\"credit\",\"amount\":500000}]}", Api.newKey());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("registered")).isEqualTo(4);

        JsonObject mild = whatIf("0.05");
        assertThat(mild.getJsonArray("failed").stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .doesNotContain("protocol:" + lender, "institution:" + fund);

        // 20% of 1,000,000 is twice the protocol's equity; its fund then loses 300,000 of its claim
        JsonObject crash = whatIf("0.20");
        List<String> failed = crash.getJsonArray("failed").stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertThat(failed).contains("protocol:" + lender, "institution:" + fund);
        assertThat(failed.indexOf("protocol:" + lender)).isLessThan(failed.indexOf("institution:" + fund));
        JsonObject first = crash.getJsonArray("rounds").getJsonObject(0);
        assertThat(first.getJsonArray("failed").toString()).contains("protocol:" + lender);
        assertThat(first.getJsonObject("prices").getJsonNumber("asset:ETH").doubleValue())
                .isCloseTo(0.8, within(1e-12));
        assertThat(crash.getJsonNumber("totalLoss").doubleValue()).isGreaterThanOrEqualTo(200_000);

        JsonObject debtRank = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=protocol:" + lender).json();
        assertThat(debtRank.getJsonNumber("debtRank").doubleValue()).isBetween(0.0, 1.0).isPositive();
        assertThat(Api.as("risk").get("/api/v1/risk-graph/clearing").json().getJsonObject("payments")
                .containsKey("protocol:" + lender)).isTrue();
        assertThat(Api.as("risk").get("/api/v1/risk-graph/thresholds").array()).isNotEmpty();
        JsonObject structure = Api.as("risk").get("/api/v1/risk-graph/structure").json();
        JsonObject ethShare = structure.getJsonArray("shares").stream().map(JsonValue::asJsonObject)
                .filter(x -> x.getString("asset").equals("asset:ETH")).findFirst().orElseThrow();
        // against the configured target of 30% for ETH
        assertThat(ethShare.getJsonNumber("deviationFromTarget").doubleValue())
                .isCloseTo(ethShare.getJsonNumber("share").doubleValue() - 0.3, within(1e-9));
        assertThat(structure.getJsonNumber("herfindahl").doubleValue()).isBetween(0.0, 1.0);
    }

    @Test
    void debtRankListsTheNodesItReachedAndItsDifferentialVariantPassesOnUncapped() {
        String suffix = Api.unique().toLowerCase();
        String protocol = "protocol:owes-" + suffix;
        String fund = "institution:lends-" + suffix;
        // the protocol owes the fund 500,000, five times the fund's equity: W = min(1, 5) = 1, Λ = 5
        Api.Reply imported = Api.as("risk").post("/api/v1/risk-graph/import", "{\"nodes\":["
                + "{\"kind\":\"protocol\",\"name\":\"owes-" + suffix + "\",\"equity\":100000},"
                + "{\"kind\":\"institution\",\"name\":\"lends-" + suffix + "\",\"equity\":100000}],"
                + "\"exposures\":[{\"sourceKind\":\"protocol\",\"sourceName\":\"owes-" + suffix
                + "\",\"targetKind\":\"institution\",\"targetName\":\"lends-" + suffix
                + "\",\"kind\":\"credit\",\"amount\":500000}]}", Api.newKey());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        // a tenth of the protocol's equity lost costs the fund a tenth of its own (W capped at 1), passed on once
        JsonObject classic = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=" + protocol
                + "&initialDistress=0.1").json();
        assertThat(classic.getString("method")).isEqualTo("debtrank");
        assertThat(classic.getJsonNumber("initialDistress").doubleValue()).isEqualTo(0.1);
        JsonObject fundAfter = node(classic, fund);
        assertThat(fundAfter.getJsonNumber("distress").doubleValue()).isCloseTo(0.1, within(1e-12));
        assertThat(fundAfter.getString("state")).isEqualTo("INACTIVE");
        assertThat(node(classic, protocol).getJsonNumber("initialDistress").doubleValue()).isEqualTo(0.1);

        // differential: Λ = 5 uncapped, so half of the fund's equity
        JsonObject differential = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=" + protocol
                + "&initialDistress=0.1&method=differential").json();
        assertThat(differential.getString("method")).isEqualTo("differential");
        assertThat(differential.getBoolean("converged")).isTrue();
        assertThat(differential.getJsonNumber("tolerance").doubleValue()).isEqualTo(1e-12);
        assertThat(node(differential, fund).getJsonNumber("distress").doubleValue()).isCloseTo(0.5, within(1e-12));
        assertThat(node(differential, fund).getString("state")).isEqualTo("DISTRESSED");
        assertThat(differential.getJsonNumber("debtRank").doubleValue())
                .isGreaterThan(classic.getJsonNumber("debtRank").doubleValue());

        // one ψ per node, in the order of the nodes
        JsonObject vector = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=" + protocol + "&node=" + fund
                + "&initialDistress=0.2&initialDistress=0.05").json();
        assertThat(vector.containsKey("initialDistress")).as("no single ψ").isFalse();
        assertThat(node(vector, fund).getJsonNumber("initialDistress").doubleValue()).isEqualTo(0.05);
        assertThat(node(vector, fund).getJsonNumber("distress").doubleValue()).isCloseTo(0.25, within(1e-12));
        assertThat(vector.getJsonArray("nodes").size()).isLessThanOrEqualTo(100);

        for (String bad : List.of("initialDistress=1.5", "initialDistress=0", "initialDistress=lots",
                "initialDistress=0.1&initialDistress=0.2&initialDistress=0.3", "method=linear", "limit=-1")) {
            Api.Reply refused = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=" + protocol + "&node=" + fund
                    + "&" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(422);
            assertThat(refused.json().getString("field")).as(bad).isEqualTo(bad.substring(0, bad.indexOf('=')));
        }
        assertThat(Api.as("alice").get("/api/v1/risk-graph/debtrank?node=" + protocol + "&method=differential")
                .status()).as("traders do not see it").isEqualTo(403);
    }

    private static JsonObject node(JsonObject debtRank, String name) {
        return debtRank.getJsonArray("nodes").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("node").equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                        name + " not among " + debtRank.getJsonArray("nodes")));
    }

    @Test
    void snapshotsKeepTheGraphWithItsTime() {
        Api.Reply taken = Api.as("risk").post("/api/v1/risk-graph/snapshots", "{}");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        long id = taken.json().getJsonNumber("id").longValue();
        assertThat(taken.json().getInt("nodes")).isPositive();
        assertThat(Api.as("risk").get("/api/v1/risk-graph/snapshots").array().stream()
                .map(s -> s.asJsonObject().getJsonNumber("id").longValue())).contains(id);
        assertThat(Api.as("risk").get("/api/v1/risk-graph/snapshots/" + id).json().getJsonArray("nodes")
                .size()).isEqualTo(taken.json().getInt("nodes"));
        Api.Reply badNode = Api.as("risk").get("/api/v1/risk-graph/debtrank?node=nonsense");
        assertThat(badNode.status()).isEqualTo(422);
        assertThat(badNode.json().getString("field")).isEqualTo("node");
    }

    @Test
    void aLongRunGoesToTheBackgroundAndReportsItsProgressAndAnswer() throws InterruptedException {
        Api.Reply started = Api.as("risk").post("/api/v1/risk-graph/jobs", "{\"kind\":\"thresholds\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String id = started.json().getString("id");
        JsonObject job = started.json();
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
        while (!job.getString("state").equals("DONE") && java.time.Instant.now().isBefore(deadline)) {
            assertThat(job.getString("state")).isNotEqualTo("FAILED");
            Thread.sleep(200);
            job = Api.as("risk").get("/api/v1/risk-graph/jobs/" + id).json();
        }
        assertThat(job.getString("state")).isEqualTo("DONE");
        assertThat(job.getJsonNumber("progress").doubleValue()).isEqualTo(1.0);
        assertThat(job.getJsonArray("result").stream().map(t -> t.asJsonObject().getString("asset")))
                .contains("asset:BTC", "asset:ETH", "asset:USDC");

        Api.Reply incomplete = Api.as("risk").post("/api/v1/risk-graph/jobs", "{\"kind\":\"what-if\"}");
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().getString("field")).isEqualTo("asset");
        assertThat(Api.as("risk").get("/api/v1/risk-graph/jobs/no-such-job").status()).isEqualTo(404);
    }

    @Test
    void fragileHoldersImportedAsCsvRaiseAnAlertOnTheirCollateralAndShowInResilience() {
        String suffix = Api.unique().toLowerCase();
        StringBuilder csv = new StringBuilder("# six thinly capitalised vaults, all in ETH\n");
        for (int i = 0; i < 6; i++) {
            csv.append("node,protocol,vault-").append(i).append('-').append(suffix).append(",1000\n");
            csv.append("exposure,protocol,vault-").append(i).append('-').append(suffix)
                    .append(",asset,ETH,collateral,100000\n");
        }
        Api.Reply imported = Api.send(java.net.http.HttpRequest.newBuilder(
                        Api.SERVER.resolve("/api/v1/risk-graph/import"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("risk:demo".getBytes()))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .header("Idempotency-Key", Api.newKey())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString())));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().getInt("registered")).isEqualTo(12);

        // a 1% fall fails all six (more than the 5 failures that count as systemic): well within the 10% margin
        JsonObject alerts = Api.as("risk").get("/api/v1/risk-graph/alerts?refresh=true").json();
        JsonObject eth = alerts.getJsonArray("alerts").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("asset").equals("asset:ETH")).findFirst().orElseThrow();
        assertThat(eth.getBoolean("near")).isTrue();
        assertThat(eth.getJsonNumber("shock").doubleValue()).isLessThanOrEqualTo(0.011);

        List<JsonObject> buffers = Api.as("risk").get("/api/v1/risk-graph/resilience?limit=100").array().stream()
                .map(JsonValue::asJsonObject).toList();
        assertThat(buffers).isNotEmpty();
        for (int i = 1; i < buffers.size(); i++) {
            assertThat(buffers.get(i).getInt("dragged")).isLessThanOrEqualTo(buffers.get(i - 1).getInt("dragged"));
        }

        Api.Reply badCsv = Api.send(java.net.http.HttpRequest.newBuilder(
                        Api.SERVER.resolve("/api/v1/risk-graph/import"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("risk:demo".getBytes()))
                .header("Content-Type", "text/csv").header("Accept", "application/json")
                .header("Idempotency-Key", Api.newKey())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("node,protocol,x,100\nexposure,oops\n")));
        assertThat(badCsv.status()).isEqualTo(422);
        assertThat(badCsv.json().getString("field")).isEqualTo("line 2");
    }

    private static JsonObject whatIf(String shock) {
        Api.Reply reply = Api.as("risk").post("/api/v1/risk-graph/what-if",
                "{\"asset\":\"asset:ETH\",\"shock\":" + shock + "}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }
}
