package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.JsonObject;

/** Setting up state through the API, as a client would. */
final class Fixtures {

    private Fixtures() {
    }

    /** Opens a fresh account for a demo trader and returns its id. */
    static long openAccount(String trader) {
        return open(trader, "{}");
    }

    /** An account margined on its portfolio's worst scenario, from the in-memory margin book. */
    static long openPortfolioAccount(String trader) {
        return open(trader, "{\"marginMethod\":\"PORTFOLIO\"}");
    }

    private static long open(String trader, String request) {
        Api.Reply opened = Api.as(trader).post("/api/v1/accounts", request, Api.newKey());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().getJsonNumber("id").longValue();
    }

    static Api.Reply deposit(String user, long account, String asset, String amount, String key) {
        return Api.as(user).post("/api/v1/accounts/" + account + "/deposits",
                "{\"asset\":\"" + asset + "\",\"amount\":" + amount + "}", key);
    }

    static Api.Reply withdraw(String user, long account, String asset, String amount, String key) {
        return Api.as(user).post("/api/v1/accounts/" + account + "/withdrawals",
                "{\"asset\":\"" + asset + "\",\"amount\":" + amount + "}", key);
    }

    /** The account's balance in the asset (zero when it has none). */
    static BigDecimal balance(String user, long account, String asset) {
        return balance(Api.at(Api.SERVER), user, account, asset);
    }

    static BigDecimal balance(Api.Scoped server, String user, long account, String asset) {
        Api.Reply balances = server.as(user).get("/api/v1/accounts/" + account + "/balances");
        assertThat(balances.status()).as(balances.toString()).isEqualTo(200);
        return balances.array().stream().map(v -> v.asJsonObject())
                .filter(b -> b.getString("asset").equals(asset))
                .map(b -> b.getJsonNumber("amount").bigDecimalValue())
                .findFirst().orElse(BigDecimal.ZERO);
    }

    static int journalSize(String user, long account) {
        return Api.as(user).get("/api/v1/accounts/" + account + "/journal?limit=1000").array().size();
    }

    static JsonObject reconciliation() {
        Api.Reply reply = Api.as("risk").get("/api/v1/ledger/reconciliation");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.json();
    }

    /**
     * Waits until the demo feed has refreshed an index after this test's deployment: nothing is valued on a stale
     * index, and a redeployment may find the last update older than the staleness window.
     */
    static void awaitFreshIndex(Api.Scoped server, String symbol) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonObject index = server.as("risk").get("/api/v1/oracle/indices/" + symbol).json();
            if (index.containsKey("price") && !index.getBoolean("stale")) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("index " + symbol + " did not become fresh within 60 s");
    }

    static void awaitFreshIndex(String symbol) {
        awaitFreshIndex(Api.at(Api.SERVER), symbol);
    }

    /** Lists a new asset priced by its own oracle symbol, so a test owns every price of it. */
    static String listAsset(String symbol, int decimals, String oracleSymbol) {
        Api.Reply listed = Api.as("admin").post("/api/v1/assets", "{\"symbol\":\"" + symbol + "\",\"decimals\":"
                + decimals + ",\"kind\":\"TOKEN\",\"collateral\":true,\"collateralWeight\":0.5,\"oracleSymbol\":\""
                + oracleSymbol + "\"}");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        return symbol;
    }
}
