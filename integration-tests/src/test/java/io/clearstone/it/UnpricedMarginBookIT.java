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
