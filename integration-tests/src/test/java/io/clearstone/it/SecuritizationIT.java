package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A sponsor securitizes loans, tokens and a reserve into three tranches and receives the notes; notes trade like any
 * instrument; the servicer reports a period's collections and a default; the waterfall pays each holder to the
 * micro-USDC and writes the loss down from the bottom; the pool reconciles throughout. A sponsor that goes bankrupt
 * afterwards loses its own collateral and notes, never the pool's.
 */
@ExtendWith(ArquillianExtension.class)
class SecuritizationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Margin counts USDC at its index: after a redeployment, wait until the demo feed has refreshed it. */
    @org.junit.jupiter.api.BeforeEach
    void usdcIsPriced() {
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void aPoolIssuesNotesThatTradeAndItsWaterfallPaysHoldersTopDownAndWritesLossesBottomUp() {
        ControlledMarket market = ControlledMarket.open("100");
        long sponsor = Fixtures.openAccount("alice");
        long investor = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", sponsor, market.coin, "10", Api.newKey());
        Fixtures.deposit("alice", sponsor, "USDC", "1000", Api.newKey());
        Fixtures.deposit("bob", investor, "USDC", "5000", Api.newKey());
        String name = "P" + Api.unique();

        // loans of 300 + 300 + 200 and 2 coins at 100: a par of 1,000, tranched 70 / 20 / 10
        Api.Reply created = createPool(name, sponsor, market, "2", "20", "SEQUENTIAL",
                "[" + loan("L1", "300") + "," + loan("L2", "300") + "," + loan("L3", "200") + "]",
                "[" + tranche("A", "0.3", "1", "0.06") + "," + tranche("B", "0.1", "0.3", "0.10") + ","
                        + tranche("E", "0", "0.1", "0") + "]", Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject pool = created.json();
        long poolId = pool.getJsonNumber("id").longValue();
        Map<String, JsonObject> tranches = byName(pool);
        assertThat(decimal(tranches.get("A"), "originalBalance")).isEqualByComparingTo("700");
        assertThat(decimal(tranches.get("B"), "originalBalance")).isEqualByComparingTo("200");
        assertThat(decimal(tranches.get("E"), "originalBalance")).isEqualByComparingTo("100");
        assertThat(tranches.get("A").getString("seniority")).isEqualTo("SENIOR");
        assertThat(tranches.get("E").getString("seniority")).isEqualTo("EQUITY");
        long seniorNotes = tranches.get("A").getJsonNumber("instrumentId").longValue();
        long equityNotes = tranches.get("E").getJsonNumber("instrumentId").longValue();
        JsonObject accounts = pool.getJsonObject("accounts");
        long collateralAccount = accounts.getJsonNumber("collateral").longValue();

        // the sponsor's tokens and reserve moved into the pool's own accounts; it holds every note
        assertThat(Fixtures.balance("alice", sponsor, market.coin)).isEqualByComparingTo("8");
        assertThat(Fixtures.balance("alice", sponsor, "USDC")).isEqualByComparingTo("980");
        assertThat(Fixtures.balance("risk", collateralAccount, market.coin)).isEqualByComparingTo("2");
        assertThat(LiquidationIT.position(sponsor, seniorNotes)).isEqualByComparingTo("700");
        assertReconciled(poolId, "1020");

        // notes are priced from the pool: the senior near par, the equity below it
        Map<Long, JsonObject> marks = positions(sponsor);
        double seniorPrice = marks.get(seniorNotes).getJsonNumber("markPrice").doubleValue();
        double equityPrice = marks.get(equityNotes).getJsonNumber("markPrice").doubleValue();
        assertThat(seniorPrice).isBetween(0.99, 1.0);
        assertThat(equityPrice).isBetween(0.0, seniorPrice);
        assertThat(marks.get(equityNotes).getJsonObject("measures").getJsonNumber("correlation01").doubleValue())
                .as("equity is long correlation").isPositive();
        // each tranche's fair spread rises with its subordination
        Map<String, JsonObject> pricing = Api.as("risk").get("/api/v1/pools/" + poolId + "/pricing").array().stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(t -> t.getString("name"),
                        t -> t.getJsonObject("measures")));
        assertThat(pricing.get("E").getJsonNumber("fairSpread").doubleValue())
                .isGreaterThan(pricing.get("B").getJsonNumber("fairSpread").doubleValue());
        assertThat(pricing.get("B").getJsonNumber("fairSpread").doubleValue())
                .isGreaterThan(pricing.get("A").getJsonNumber("fairSpread").doubleValue());
        assertThat(pricing.get("A").getJsonNumber("price").doubleValue()).isCloseTo(seniorPrice, within(1e-9));
        assertThat(pricing.get("A").getJsonNumber("yearsRemaining").doubleValue()).isCloseTo(3, within(0.01));
        // the senior notes count at 90% as collateral, the equity notes not at all
        JsonObject margin = Api.as("alice").get("/api/v1/accounts/" + sponsor + "/margin").json();
        assertThat(margin.getJsonNumber("positionsValueUsd").doubleValue())
                .isCloseTo(0.9 * (700 * seniorPrice + 200 * marks.get(tranches.get("B")
                        .getJsonNumber("instrumentId").longValue()).getJsonNumber("markPrice").doubleValue()
                        * (1 - 0.35) / 0.9), within(2.0));

        // notes trade: bob buys 300 senior notes at 0.98
        Api.Reply traded = PerpetualSwapsIT.trade(seniorNotes, investor, sponsor, "300", new BigDecimal("0.98"));
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
        assertThat(Fixtures.balance("bob", investor, "USDC")).isEqualByComparingTo("4706");
        Api.Reply shortSale = PerpetualSwapsIT.trade(seniorNotes, sponsor, investor, "400", new BigDecimal("0.98"));
        assertThat(shortSale.status()).as("notes cannot be sold short: " + shortSale).isEqualTo(409);

        // the servicer reports: interest 6, 50 repaid on L1, L2 defaults on 40 of which 10 is recovered
        Api.Reply refused = Api.as("alice").post("/api/v1/pools/" + poolId + "/servicer-reports",
                "{\"lines\":[]}", Api.newKey());
        assertThat(refused.status()).as("only the servicer reports").isEqualTo(403);
        Api.Reply otherOracle = Api.as("oracle2").post("/api/v1/pools/" + poolId + "/servicer-reports",
                "{\"lines\":[" + line("L1", "1", "0", "0", "0") + "]}", Api.newKey());
        assertThat(otherOracle.status()).as("only the pool's own servicer: " + otherOracle).isEqualTo(403);
        String reportKey = Api.newKey();
        String report = "{\"lines\":[" + line("L1", "3", "50", "0", "0") + "," + line("L2", "3", "0", "40", "10")
                + "]}";
        Api.Reply reported = Api.as("oracle").post("/api/v1/pools/" + poolId + "/servicer-reports", report,
                reportKey);
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        assertThat(Api.as("oracle").post("/api/v1/pools/" + poolId + "/servicer-reports", report, reportKey).json()
                .getJsonNumber("journalId")).as("a retried report is the same report")
                .isEqualTo(reported.json().getJsonNumber("journalId"));
        assertReconciled(poolId, "1020");
        // a reported loss counts in the notes' price at once, before the waterfall writes it down
        double equityAfterReport = equityNotePrice(poolId);
        assertThat(equityAfterReport).isLessThan(equityPrice - 0.05);

        String waterfallKey = Api.newKey();
        Api.Reply ran = Api.as("admin").post("/api/v1/pools/" + poolId + "/waterfalls", "", waterfallKey);
        assertThat(ran.status()).as(ran.toString()).isEqualTo(201);
        JsonObject waterfall = ran.json();
        assertThat(Api.as("admin").post("/api/v1/pools/" + poolId + "/waterfalls", "", waterfallKey).json()
                .getInt("period")).as("a retry does not run period 2").isEqualTo(1);
        Map<String, JsonObject> lines = waterfall.getJsonArray("tranches").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("name"), t -> t));
        // coupons top-down: 700 × 6% / 12 and 200 × 10% / 12; loss 30: the reserve's 20, then 10 of the equity;
        // principal 50 + 10 recovered + 20 of reserve, all to the senior; the 0.833333 left refills the reserve
        assertThat(decimal(lines.get("A"), "interestPaid")).isEqualByComparingTo("3.5");
        assertThat(decimal(lines.get("B"), "interestPaid")).isEqualByComparingTo("1.666667");
        assertThat(decimal(lines.get("A"), "principalPaid")).isEqualByComparingTo("80");
        assertThat(decimal(lines.get("E"), "writtenDown")).isEqualByComparingTo("10");
        assertThat(decimal(waterfall, "reserveUsed")).isEqualByComparingTo("20");
        assertThat(decimal(waterfall, "reserveToppedUp")).isEqualByComparingTo("0.833333");

        // each holder of the senior notes gets its share, to the unit: 83.5 over 400 / 300
        Map<Long, BigDecimal> seniorPaid = waterfall.getJsonArray("payments").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("tranche").equals("A")).collect(Collectors.toMap(
                        p -> p.getJsonNumber("accountId").longValue(), p -> decimal(p, "amount")));
        assertThat(seniorPaid.get(sponsor)).isEqualByComparingTo("47.714286");
        assertThat(seniorPaid.get(investor)).isEqualByComparingTo("35.785714");
        assertThat(Fixtures.balance("bob", investor, "USDC")).isEqualByComparingTo("4741.785714");
        assertThat(Fixtures.balance("alice", sponsor, "USDC"))
                .isEqualByComparingTo(new BigDecimal("980").add(new BigDecimal("294")).add(new BigDecimal("47.714286"))
                        .add(new BigDecimal("1.666667")));

        JsonObject after = Api.as("risk").get("/api/v1/pools/" + poolId).json();
        assertThat(after.getInt("period")).isEqualTo(2);
        Map<String, JsonObject> balances = byName(after);
        assertThat(decimal(balances.get("A"), "balance")).isEqualByComparingTo("620");
        assertThat(decimal(balances.get("E"), "balance")).isEqualByComparingTo("90");
        assertReconciled(poolId, "910.833333");
        assertThat(equityNotePrice(poolId)).as("the waterfall only books what the report's price already counted")
                .isCloseTo(equityAfterReport, within(1e-9));
        assertThat(Api.as("risk").get("/api/v1/pools/" + poolId + "/waterfalls").array()).hasSize(1);
        LiquidationIT.assertBooksBalance();

        // the risk graph sees the pool: it holds the coin and owes both holders
        JsonObject graph = Api.as("risk").get("/api/v1/risk-graph").json();
        String node = "pool:" + name;
        List<JsonObject> edges = graph.getJsonArray("edges").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("source").equals(node)).toList();
        assertThat(edges).anySatisfy(e -> {
            assertThat(e.getString("kind")).isEqualTo("collateral");
            assertThat(e.getString("target")).isEqualTo("asset:" + market.coin);
        });
        assertThat(edges.stream().filter(e -> e.getString("kind").equals("credit")).map(e -> e.getString("target")))
                .contains("institution:alice", "institution:bob");
    }

    @Test
    void aSponsorsBankruptcyLeavesThePoolUntouched() throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        long sponsor = Fixtures.openAccount("alice");
        long counterparty = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", sponsor, market.coin, "10", Api.newKey());
        Fixtures.deposit("alice", sponsor, "USDC", "1100", Api.newKey());
        Fixtures.deposit("bob", counterparty, "USDC", "100000", Api.newKey());
        Api.Reply created = createPool("P" + Api.unique(), sponsor, market, "5", "10", "PRO_RATA",
                "[" + loan("L1", "500") + "]",
                "[" + tranche("S", "0.2", "1", "0.05") + "," + tranche("E", "0", "0.2", "0") + "]", Api.newKey());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject pool = created.json();
        long poolId = pool.getJsonNumber("id").longValue();
        JsonObject accounts = pool.getJsonObject("accounts");
        long issuance = accounts.getJsonNumber("issuance").longValue();
        Map<String, JsonObject> tranches = byName(pool);
        long seniorNotes = tranches.get("S").getJsonNumber("instrumentId").longValue();

        // the sponsor's own business: 100 long at 100, then the coin halves — a loss of 5,000 it cannot pay
        assertThat(PerpetualSwapsIT.trade(swap, sponsor, counterparty, "100", new BigDecimal("100")).status())
                .isEqualTo(201);
        market.price("50");
        Instant deadline = Instant.now().plusSeconds(30);
        while (!positions(sponsor).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(positions(sponsor)).as("the sponsor was closed out").isEmpty();
        assertThat(LiquidationIT.liquidations(sponsor)).extracting(e -> e.getString("kind"))
                .contains("BANKRUPTCY_CLOSE");

        // the pool still holds exactly what was pledged, and still owes the notes it issued
        assertThat(Fixtures.balance("risk", accounts.getJsonNumber("collateral").longValue(), market.coin))
                .isEqualByComparingTo("5");
        assertThat(Fixtures.balance("risk", accounts.getJsonNumber("reserve").longValue(), "USDC"))
                .isEqualByComparingTo("10");
        for (String account : List.of("collateral", "collection", "reserve", "issuance")) {
            assertThat(LiquidationIT.liquidations(accounts.getJsonNumber(account).longValue())).as(account).isEmpty();
        }
        assertThat(LiquidationIT.position(issuance, seniorNotes)).isEqualByComparingTo("-800");
        assertReconciled(poolId, "1010");
        LiquidationIT.assertBooksBalance();

        // nobody moves a pool's funds by hand, not even an administrator
        Api.Reply withdrawal = Fixtures.withdraw("admin", accounts.getJsonNumber("collateral").longValue(),
                market.coin, "1", Api.newKey());
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(403);
        assertThat(withdrawal.body()).contains("securitization pool");
    }

    @Test
    void aBadPoolIsRefusedNamingTheFieldAndWritesNothing() {
        ControlledMarket market = ControlledMarket.open("100");
        long sponsor = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", sponsor, "USDC", "100", Api.newKey());
        String name = "P" + Api.unique();

        Api.Reply gap = createPool(name, sponsor, market, "0", "10", "SEQUENTIAL", "[" + loan("L1", "100") + "]",
                "[" + tranche("S", "0.3", "1", "0.05") + "," + tranche("E", "0", "0.2", "0") + "]", Api.newKey());
        assertThat(gap.status()).isEqualTo(422);
        assertThat(gap.isProblem()).isTrue();
        assertThat(gap.body()).contains("tranches");
        Api.Reply poor = createPool(name, sponsor, market, "1", "10", "SEQUENTIAL", "[" + loan("L1", "100") + "]",
                "[" + tranche("S", "0", "1", "0.05") + "]", Api.newKey());
        assertThat(poor.status()).as("the sponsor holds no coin: " + poor).isEqualTo(422);
        assertThat(poor.body()).contains("collateral[0].units");
        Api.Reply trader = createPool("alice", name, sponsor, market, "0", "0", "SEQUENTIAL",
                "[" + loan("L1", "100") + "]", "[" + tranche("S", "0", "1", "0.05") + "]", Api.newKey());
        assertThat(trader.status()).as("only administrators create pools: " + trader).isEqualTo(403);
        Api.Reply duplicate = createPool(name, sponsor, market, "0", "0", "SEQUENTIAL",
                "[" + loan("L1", "50") + "," + loan("L1", "50") + "]", "[" + tranche("S", "0", "1", "0.05") + "]",
                Api.newKey());
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.body()).contains("loans[1].name");
        Api.Reply segregated = Api.as("alice").post("/api/v1/accounts", "{\"marginMethod\":\"SEGREGATED\"}",
                Api.newKey());
        assertThat(segregated.status()).as("only pools open segregated accounts").isEqualTo(422);

        assertThat(Api.as("risk").get("/api/v1/pools").array().stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("name"))).doesNotContain(name);
        assertThat(Fixtures.balance("alice", sponsor, "USDC")).isEqualByComparingTo("100");
    }

    private static double equityNotePrice(long poolId) {
        return Api.as("risk").get("/api/v1/pools/" + poolId + "/pricing").array().stream()
                .map(JsonValue::asJsonObject).filter(t -> t.getString("name").equals("E")).findFirst().orElseThrow()
                .getJsonObject("measures").getJsonNumber("price").doubleValue();
    }

    private static void assertReconciled(long poolId, String assets) {
        JsonObject reconciliation = Api.as("risk").get("/api/v1/pools/" + poolId + "/reconciliation").json();
        assertThat(reconciliation.getBoolean("balanced")).as(reconciliation.toString()).isTrue();
        assertThat(decimal(reconciliation, "assets")).as(reconciliation.toString()).isEqualByComparingTo(assets);
        assertThat(decimal(reconciliation, "claims")).isEqualByComparingTo(assets);
    }

    private static Api.Reply createPool(String name, long sponsor, ControlledMarket market, String coins,
                                        String reserve, String mode, String loans, String tranches, String key) {
        return createPool("admin", name, sponsor, market, coins, reserve, mode, loans, tranches, key);
    }

    /** {@code user} proposes the pool; alice, every test's sponsor, approves it (the reply of whichever refuses). */
    private static Api.Reply createPool(String user, String name, long sponsor, ControlledMarket market, String coins,
                                        String reserve, String mode, String loans, String tranches, String key) {
        String collateral = coins.equals("0") ? "[]"
                : "[{\"asset\":\"" + market.coin + "\",\"units\":" + coins + "}]";
        return Pools.approvedBy("alice", Api.as(user).post("/api/v1/pools", "{\"name\":\"" + name
                + "\",\"sponsorAccountId\":" + sponsor
                + ",\"servicer\":\"oracle\",\"settlementAsset\":\"USDC\",\"underlying\":\"" + market.symbol
                + "\",\"correlation\":0.3,"
                + "\"principalMode\":\"" + mode + "\",\"periodsPerYear\":12,\"reserve\":" + reserve + ",\"loans\":"
                + loans + ",\"collateral\":" + collateral + ",\"tranches\":" + tranches + "}", key));
    }

    private static String loan(String name, String par) {
        return "{\"name\":\"" + name + "\",\"par\":" + par + ",\"coupon\":0.12,\"maturity\":\""
                + LocalDate.now().plusYears(3) + "\",\"defaultProbability\":0.04,\"recoveryRate\":0.4}";
    }

    private static String tranche(String name, String attachment, String detachment, String coupon) {
        return "{\"name\":\"" + name + "\",\"attachment\":" + attachment + ",\"detachment\":" + detachment
                + ",\"coupon\":" + coupon + "}";
    }

    private static String line(String asset, String interest, String principal, String defaulted, String recovered) {
        return "{\"asset\":\"" + asset + "\",\"interest\":" + interest + ",\"principal\":" + principal
                + ",\"defaulted\":" + defaulted + ",\"recovered\":" + recovered + "}";
    }

    private static Map<String, JsonObject> byName(JsonObject pool) {
        return pool.getJsonArray("tranches").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(t -> t.getString("name"), t -> t));
    }

    private static Map<Long, JsonObject> positions(long account) {
        return Api.as("risk").get("/api/v1/accounts/" + account + "/positions").array().stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getJsonNumber("quantity").bigDecimalValue().signum() != 0)
                .collect(Collectors.toMap(p -> p.getJsonNumber("instrumentId").longValue(), p -> p));
    }

    private static BigDecimal decimal(JsonObject object, String field) {
        return object.getJsonNumber(field).bigDecimalValue();
    }
}
