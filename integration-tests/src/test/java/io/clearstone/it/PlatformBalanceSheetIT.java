package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Eisenberg–Noe on the live graph after bankruptcies the insurance fund pays for, with no scenario applied: the
 * platform is not in default, and its side of the graph is what the ledger says. A bankrupt long closes at the mark to
 * the backstop, its realised loss goes to the settlement account and the fund pays its debt, while its counterparty
 * keeps an unrealised gain; a graph that counted only the members' collateral as the platform's assets lost sight of
 * the settlement account's and the fund's cash and showed the platform owing more than it holds.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformBalanceSheetIT {

    private static final String PLATFORM = "platform:clearstone";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void usdcIsPriced() {
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void bankruptciesPaidByTheFundLeaveThePlatformSolventAndItsBalanceSheetTheLedgers() throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        long counterparty = Fixtures.openAccount("bob");
        Fixtures.deposit("bob", counterparty, "USDC", "3000000", Api.newKey());
        List<Long> bankrupts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long account = Fixtures.openAccount("carol");
            Fixtures.deposit("carol", account, "USDC", "66000", Api.newKey());
            Api.Reply traded = PerpetualSwapsIT.trade(swap, account, counterparty, "6000", new BigDecimal("100"));
            assertThat(traded.status()).as(traded.toString()).isEqualTo(201);
            bankrupts.add(account);
        }

        // each 6,000 long from 100 to 50 loses 300,000 against 66,000 deposited: the fund (1,000,000 USDC) pays
        // the 234,000 each owes, the backstop takes the longs at 50, and bob keeps 900,000 of unrealised gain
        market.price("50");
        for (long account : bankrupts) {
            awaitNoPositions(account);
            assertThat(Api.as("risk").get("/api/v1/liquidations?accountId=" + account).array().stream()
                    .map(e -> e.asJsonObject().getString("kind"))).contains("INSURANCE_PAYMENT");
        }
        LiquidationIT.assertBooksBalance();

        JsonObject clearing = Api.as("risk").get("/api/v1/risk-graph/clearing").json();
        assertThat(clearing.getJsonArray("defaulted").stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .as("defaulted nodes of %s", clearing).doesNotContain(PLATFORM);
        assertThat(clearing.getJsonObject("payments").getJsonNumber(PLATFORM).doubleValue())
                .isCloseTo(clearing.getJsonObject("totalObligations").getJsonNumber(PLATFORM).doubleValue(),
                        within(1e-6));

        // what the platform holds, asset by asset: custody less the pools' segregated balances, to the unit
        Ledger ledger = Ledger.read();
        JsonObject sheet = clearing.getJsonObject("platform");
        Map<String, BigDecimal> held = new TreeMap<>();
        Map<String, Double> prices = new TreeMap<>();
        double heldUsd = 0;
        for (JsonValue value : sheet.getJsonArray("holdings")) {
            JsonObject holding = value.asJsonObject();
            held.put(holding.getString("asset"), holding.getJsonNumber("units").bigDecimalValue());
            // JSON-B leaves a null out: an asset without a usable index
            double price = holding.containsKey("usdPrice") ? holding.getJsonNumber("usdPrice").doubleValue() : 0;
            prices.put(holding.getString("asset"), price);
            heldUsd += holding.getJsonNumber("units").doubleValue() * price;
        }
        Map<String, BigDecimal> estate = ledger.platformEstate();
        assertThat(held.keySet()).isEqualTo(estate.keySet());
        estate.forEach((asset, units) -> assertThat(held.get(asset)).as(asset).isEqualByComparingTo(units));
        double external = sheet.getJsonNumber("externalAssetsUsd").doubleValue();
        assertThat(external).isCloseTo(heldUsd, within(1e-9 * heldUsd));

        // its net worth at face value is the fund's and the fees' (the settlement account holding the members'
        // net unrealised P&L, which the graph counts as their claims); before the fix it was negative
        double ownCapital = ledger.usd(ledger.own(), prices);
        double netWorth = external + sheet.getJsonNumber("claimsUsd").doubleValue()
                - sheet.getJsonNumber("liabilitiesUsd").doubleValue();
        assertThat(sheet.getJsonNumber("netWorthUsd").doubleValue()).isCloseTo(netWorth, within(1e-6 * external));
        assertThat(netWorth).as("net worth against fund + fees of %s", ownCapital)
                .isCloseTo(ownCapital, within(1e-6 * external + 1));
        assertThat(ownCapital).isPositive();
    }

    /**
     * A registered protocol with 100 of its own owes a fund 100 and outsiders 300: it pays 100 of its 400, a
     * quarter to the fund (pari passu with the outsiders), and defaults in the first round.
     */
    @Test
    void aRegisteredNodesOutsideCreditorsRankPariPassuWithItsCreditorsInTheGraph() {
        String suffix = Api.unique().toLowerCase();
        String protocol = "protocol:owes-" + suffix;
        String fund = "institution:fund-" + suffix;
        Api.Reply imported = Api.as("risk").post("/api/v1/risk-graph/import", "{\"nodes\":["
                + "{\"kind\":\"protocol\",\"name\":\"owes-" + suffix + "\",\"equity\":0,\"externalAssets\":100,"
                + "\"externalLiabilities\":300},"
                + "{\"kind\":\"institution\",\"name\":\"fund-" + suffix + "\",\"equity\":0}],\"exposures\":["
                + "{\"sourceKind\":\"protocol\",\"sourceName\":\"owes-" + suffix + "\",\"targetKind\":\"institution\","
                + "\"targetName\":\"fund-" + suffix + "\",\"kind\":\"credit\",\"amount\":100}]}", Api.newKey());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        Api.Reply negative = Api.as("risk").post("/api/v1/risk-graph/nodes", "{\"kind\":\"protocol\",\"name\":\"neg-"
                + suffix + "\",\"equity\":0,\"externalLiabilities\":-1}", Api.newKey());
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.isProblem()).isTrue();
        assertThat(negative.json().getString("field")).contains("externalLiabilities");

        JsonObject clearing = Api.as("risk").get("/api/v1/risk-graph/clearing").json();
        assertThat(clearing.getJsonObject("externalLiabilities").getJsonNumber(protocol).doubleValue()).isEqualTo(300);
        assertThat(clearing.getJsonObject("totalObligations").getJsonNumber(protocol).doubleValue()).isEqualTo(400);
        assertThat(clearing.getJsonObject("payments").getJsonNumber(protocol).doubleValue())
                .isCloseTo(100, within(1e-9));
        assertThat(clearing.getJsonObject("equity").getJsonNumber(fund).doubleValue()).isCloseTo(25, within(1e-9));
        assertThat(clearing.getJsonArray("defaultWaves").getJsonArray(0).toString()).contains(protocol);
        assertThat(clearing.getJsonObject("externalLiabilities").keySet())
                .as("nodes owing nothing outside are left out").doesNotContain(fund, PLATFORM);
    }

    private static void awaitNoPositions(long account) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject margin = Api.as("risk").get("/api/v1/accounts/" + account + "/margin").json();
        while (!margin.getJsonArray("positions").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            margin = Api.as("risk").get("/api/v1/accounts/" + account + "/margin").json();
        }
        assertThat(margin.getJsonArray("positions")).as("margin of account %d: %s", account, margin).isEmpty();
    }

    /** The ledger's balances by account role, read as a risk officer through the API. */
    private record Ledger(Map<String, BigDecimal> custody, Map<String, BigDecimal> pools,
                          Map<String, BigDecimal> own) {

        static Ledger read() {
            Map<String, BigDecimal> custody = new TreeMap<>();
            Map<String, BigDecimal> pools = new TreeMap<>();
            Map<String, BigDecimal> own = new TreeMap<>();
            for (JsonValue value : Api.as("risk").get("/api/v1/accounts").array()) {
                JsonObject account = value.asJsonObject();
                String role = account.getString("systemRole", null);
                Map<String, BigDecimal> into = "EXTERNAL_CUSTODY".equals(role) ? custody
                        : "INSURANCE_FUND".equals(role) || "FEES".equals(role) ? own
                        : "SEGREGATED".equals(account.getString("marginMethod")) ? pools : null;
                if (into == null) {
                    continue;
                }
                for (JsonValue balance : Api.as("risk").get("/api/v1/accounts/" + account.getJsonNumber("id")
                        + "/balances").array()) {
                    JsonObject b = balance.asJsonObject();
                    into.merge(b.getString("asset"), b.getJsonNumber("amount").bigDecimalValue(), BigDecimal::add);
                }
            }
            return new Ledger(custody, pools, own);
        }

        /** Everything in custody that is not a pool's: −(custody's balance) − Σ pools' balances, non-zero only. */
        Map<String, BigDecimal> platformEstate() {
            Map<String, BigDecimal> estate = new TreeMap<>();
            custody.forEach((asset, amount) -> estate.merge(asset, amount.negate(), BigDecimal::add));
            pools.forEach((asset, amount) -> estate.merge(asset, amount.negate(), BigDecimal::add));
            estate.values().removeIf(amount -> amount.signum() == 0);
            return estate;
        }

        double usd(Map<String, BigDecimal> balances, Map<String, Double> prices) {
            return balances.entrySet().stream()
                    .mapToDouble(b -> b.getValue().doubleValue() * prices.getOrDefault(b.getKey(), 0.0)).sum();
        }
    }
}
