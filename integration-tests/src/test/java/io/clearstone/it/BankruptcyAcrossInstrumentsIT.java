package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bankrupt account holding two swaps with different shortfall policies: each swap's part of the debt is borne under
 * its own policy, by its own counterparties, instead of the first position's policy applying to both.
 */
@ExtendWith(ArquillianExtension.class)
class BankruptcyAcrossInstrumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeEach
    void usdcIsPriced() {
        Fixtures.awaitFreshIndex("USDC-USD");
    }

    @Test
    void eachSwapsShareOfTheShortfallFallsOnItsOwnCounterpartiesUnderItsOwnPolicy() throws Exception {
        ControlledMarket market = ControlledMarket.open("100");
        long deleveraging = market.inverseSwap();
        long socialized = market.inverseSwap();
        Api.Reply policy = Api.as("admin").put("/api/v1/instruments/" + socialized + "/shortfall-policy",
                "{\"policy\":\"SOCIALIZED_LOSS\"}");
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
        long bankrupt = Fixtures.openAccount("alice");
        long deleveraged = Fixtures.openAccount("bob");
        long profitable = Fixtures.openAccount("carol");
        Fixtures.deposit("alice", bankrupt, market.coin, "40", Api.newKey());
        Fixtures.deposit("bob", deleveraged, market.coin, "1000", Api.newKey());
        Fixtures.deposit("carol", profitable, market.coin, "1000", Api.newKey());
        assertThat(PerpetualSwapsIT.trade(deleveraging, bankrupt, deleveraged, "5000", new BigDecimal("100"))
                .status()).isEqualTo(201);
        assertThat(PerpetualSwapsIT.trade(socialized, bankrupt, profitable, "5000", new BigDecimal("100"))
                .status()).isEqualTo(201);

        // each 5,000 USD long from 100 to 50 loses 50 coins: 100 against 40 deposited, and the fund holds no coin
        market.price("50");
        awaitNoPositions(bankrupt);

        // the 60 coins short are split between the swaps by the loss each realised (equal), then by each policy
        assertThat(Fixtures.balance("alice", bankrupt, market.coin)).isZero();
        assertThat(amount(events("bob", deleveraged), "DELEVERAGING_LOSS")).isEqualByComparingTo("-30");
        assertThat(events("bob", deleveraged)).extracting(e -> e.getString("kind"))
                .doesNotContain("SOCIALIZED_LOSS");
        assertThat(amount(events("carol", profitable), "SOCIALIZED_LOSS")).isEqualByComparingTo("-30");
        assertThat(events("carol", profitable)).extracting(e -> e.getString("kind"))
                .doesNotContain("DELEVERAGED", "DELEVERAGING_LOSS");
        assertThat(LiquidationIT.position(profitable, socialized)).as("socialized: the backstop took the position")
                .isEqualByComparingTo("-5000");
        assertThat(LiquidationIT.position(deleveraged, deleveraging)).as("deleveraged against the bankrupt long")
                .isZero();
        LiquidationIT.assertBooksBalance();
    }

    private static List<JsonObject> events(String trader, long account) {
        return Api.as(trader).get("/api/v1/liquidations?accountId=" + account).array().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static BigDecimal amount(List<JsonObject> events, String kind) {
        List<JsonObject> matching = events.stream().filter(e -> e.getString("kind").equals(kind)).toList();
        assertThat(matching).as("%s events in %s", kind, events).hasSize(1);
        return matching.get(0).getJsonNumber("amount").bigDecimalValue();
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
}
