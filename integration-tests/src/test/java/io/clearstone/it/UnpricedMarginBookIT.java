package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The margin book read while an index it needs is stale keeps the positions it cannot value: their accounts are
 * counted unpriced (API, readiness data), neither safe nor liquidated, and the first tick after the index returns
 * values them and liquidates the one below maintenance, with no change to the account to prompt it.
 */
@ExtendWith(ArquillianExtension.class)
class UnpricedMarginBookIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void usdcIsPriced() {
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void aBookLoadedWhileAnIndexIsStaleCountsTheAccountUnpricedAndLiquidatesItWhenTheIndexReturns()
            throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        long portfolio = Fixtures.openPortfolioAccount("alice");
        long standard = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", portfolio, "USDC", "2100", Api.newKey());
        Fixtures.deposit("bob", standard, "USDC", "100000", Api.newKey());
        assertThat(PerpetualSwapsIT.trade(swap, portfolio, standard, "100", new BigDecimal("100")).status())
                .isEqualTo(201);

        // the coin's index goes stale, and the book is read from the database while it is
        staleness(market, 1);
        Thread.sleep(2_500);
        Api.Reply reloaded = Api.as("admin").post("/api/v1/margin/book/reload", "");
        assertThat(reloaded.status()).as(reloaded.toString()).isEqualTo(200);
        JsonObject book = reloaded.json();
        assertThat(book.getJsonNumber("portfolioPositions").longValue()).isPositive();
        JsonObject unpriced = account(book, portfolio);
        assertThat(unpriced).as("the portfolio account is kept and counted: %s", book).isNotNull();
        assertThat(unpriced.getString("marginMethod")).isEqualTo("PORTFOLIO");
        assertThat(strings(unpriced, "missing")).containsExactly(market.symbol);

        // the standard counterparty cannot be assessed either: found by the next sweep
        JsonObject both = awaitBook(b -> account(b, standard) != null);
        assertThat(strings(account(both, standard), "missing")).containsExactly(market.symbol);
        assertThat(both.getInt("unpricedAccounts")).isGreaterThanOrEqualTo(2);
        assertThat(strings(both, "missing")).contains(market.symbol);
        assertThat(both.getString("since")).isNotEmpty();
        assertThat(Api.as("alice").get("/api/v1/margin/book").status()).as("risk's view, not a trader's")
                .isEqualTo(403);

        Api.Reply ready = Api.send(HttpRequest.newBuilder(Api.MANAGEMENT.resolve("/health/ready")).GET());
        JsonObject check = ready.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("margin-book")).findFirst().orElseThrow();
        assertThat(check.getJsonObject("data").getJsonNumber("unpricedAccounts").longValue())
                .isGreaterThanOrEqualTo(2);
        assertThat(check.getJsonObject("data").getString("missing")).contains(market.symbol);

        // the index returns 10% down: nothing about the account changes, the tick alone must liquidate it
        staleness(market, 3600);
        market.price("90");
        Instant deadline = Instant.now().plusSeconds(30);
        while (LiquidationIT.position(portfolio, swap).compareTo(new BigDecimal("100")) == 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(LiquidationIT.position(portfolio, swap)).as("half the position closed by the liquidation")
                .isEqualByComparingTo("50");
        List<JsonObject> events = LiquidationIT.liquidations(portfolio);
        assertThat(events).extracting(e -> e.getString("kind")).containsExactly("PARTIAL_LIQUIDATION");
        assertThat(events.get(0).getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("90");
        JsonObject after = awaitBook(b -> account(b, portfolio) == null && account(b, standard) == null);
        assertThat(account(after, portfolio)).as("priced again: %s", after).isNull();
        assertThat(account(after, standard)).as("priced again: %s", after).isNull();
        LiquidationIT.assertBooksBalance();
    }

    /**
     * The book is loaded and priced, then the feed dies: no tick comes, yet the next sweep finds the index stale,
     * and both margin methods report the same accounts, lacking the same index, until its next tick.
     */
    @Test
    void anIndexGoingStaleAfterTheBookPricedWithItMakesBothMethodsAccountsUnpricedUntilItReturns()
            throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        Api.Reply opened = Api.as("alice").post("/api/v1/accounts", "{\"marginMethod\":\"PORTFOLIO\"}", Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long portfolio = opened.json().getJsonNumber("id").longValue();
        long standard = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", portfolio, "USDC", "2100", Api.newKey());
        Fixtures.deposit("bob", standard, "USDC", "100000", Api.newKey());
        assertThat(PerpetualSwapsIT.trade(swap, portfolio, standard, "100", new BigDecimal("100")).status())
                .isEqualTo(201);
        Api.Reply loaded = Api.as("admin").post("/api/v1/margin/book/reload", "");
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);
        assertThat(account(loaded.json(), portfolio)).as("priced at load: %s", loaded.json()).isNull();

        // the feed dies: no tick, no reload, no change to either account
        staleness(market, 1);
        JsonObject stale = awaitBook(b -> account(b, portfolio) != null && account(b, standard) != null);
        assertThat(account(stale, portfolio).getString("marginMethod")).isEqualTo("PORTFOLIO");
        assertThat(strings(account(stale, portfolio), "missing")).containsExactly(market.symbol);
        assertThat(strings(account(stale, standard), "missing")).as("the same outage, the same report")
                .isEqualTo(strings(account(stale, portfolio), "missing"));
        Api.Reply ready = Api.send(HttpRequest.newBuilder(Api.MANAGEMENT.resolve("/health/ready")).GET());
        JsonObject check = ready.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("margin-book")).findFirst().orElseThrow();
        assertThat(check.getJsonObject("data").getString("missing")).contains(market.symbol);
        assertThat(LiquidationIT.liquidations(portfolio)).as("nothing decided on the last price").isEmpty();

        // the index returns 10% down: the portfolio account is valued again and liquidated
        staleness(market, 3600);
        market.price("90");
        Instant deadline = Instant.now().plusSeconds(30);
        while (LiquidationIT.position(portfolio, swap).compareTo(new BigDecimal("100")) == 0
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertThat(LiquidationIT.position(portfolio, swap)).isEqualByComparingTo("50");
        JsonObject after = awaitBook(b -> account(b, portfolio) == null && account(b, standard) == null);
        assertThat(account(after, portfolio)).as("priced again: %s", after).isNull();
        LiquidationIT.assertBooksBalance();
    }

    /**
     * Collateral whose index is stale counts for nothing, for the portfolio book as for the standard calculator
     * (and for the liquidation that decides again from the database): a portfolio account backed only by a coin
     * whose feed dies is found below maintenance by the next sweep, with no tick of anything.
     */
    @Test
    void collateralWhoseIndexGoesStaleCountsForNothingInThePortfolioBookAsInTheStandardCalculator()
            throws Exception {
        ControlledMarket collateral = ControlledMarket.open("100");
        ControlledMarket market = ControlledMarket.open("100");
        long swap = market.linearSwap();
        Api.Reply opened = Api.as("alice").post("/api/v1/accounts", "{\"marginMethod\":\"PORTFOLIO\"}", Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long portfolio = opened.json().getJsonNumber("id").longValue();
        long standard = Fixtures.openAccount("bob");
        Api.Reply deposited = Fixtures.deposit("alice", portfolio, collateral.coin, "60", Api.newKey());
        assertThat(deposited.status()).as(deposited.toString()).isEqualTo(201);
        Fixtures.deposit("bob", standard, "USDC", "100000", Api.newKey());
        assertThat(PerpetualSwapsIT.trade(swap, portfolio, standard, "100", new BigDecimal("100")).status())
                .isEqualTo(201);
        Api.Reply loaded = Api.as("admin").post("/api/v1/margin/book/reload", "");
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);

        staleness(collateral, 1);
        Instant deadline = Instant.now().plusSeconds(40);
        while (LiquidationIT.liquidations(portfolio).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertThat(LiquidationIT.liquidations(portfolio)).as("liquidated with its collateral counted as zero")
                .isNotEmpty();
        assertThat(LiquidationIT.position(portfolio, swap)).isLessThan(new BigDecimal("100"));
        staleness(collateral, 3600);
        collateral.price("100");
        LiquidationIT.assertBooksBalance();
    }

    private static void staleness(ControlledMarket market, int seconds) {
        Api.Reply rules = Api.as("admin").put("/api/v1/oracle/symbols/" + market.symbol + "/rules",
                "{\"stalenessSeconds\":" + seconds + ",\"minQuorum\":1,\"maxDeviation\":0.9}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
    }

    private static JsonObject awaitBook(Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonObject book = Api.as("risk").get("/api/v1/margin/book").json();
        while (!condition.test(book) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            book = Api.as("risk").get("/api/v1/margin/book").json();
        }
        assertThat(condition).as("margin book %s", book).accepts(book);
        return book;
    }

    private static JsonObject account(JsonObject book, long id) {
        return book.getJsonArray("accounts").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getJsonNumber("accountId").longValue() == id).findFirst().orElse(null);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
