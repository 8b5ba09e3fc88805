package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A hostile corpus against every state-changing endpoint: numbers no column holds, values of the wrong JSON type,
 * duplicate and unknown keys, NUL bytes, dates beyond any horizon, bodies too large. Each is refused as a 422 or 413
 * problem naming the field at fault, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String INVALID_VALUE = "/problems/request/invalid-value";
    private static final String INVALID_PARAMETER = "/problems/request/invalid-parameter";
    private static final String TOO_LARGE = "/problems/request/body-too-large";

    /** An account and an asset of this test's own, so that a body wrongly accepted shows in their state. */
    private static long account;
    private static String asset;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static synchronized void setUp() {
        if (asset == null) {
            account = Fixtures.openAccount("alice");
            String symbol = "H" + Api.unique();
            asset = Fixtures.listAsset(symbol, 6, symbol + "-USD");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            deposit, huge exponent        | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"USDC","amount":1E+2147483647} | amount
            deposit, beyond a double      | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"USDC","amount":1e309} | amount
            deposit, thirty digits        | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"USDC","amount":123456789012345678901234567890} | amount
            deposit, duplicate key        | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"USDC","amount":1,"amount":1000000} | amount
            deposit, unknown key          | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"USDC","amount":1,"memo":"x"} | memo
            deposit, NUL in asset         | alice  | POST | /api/v1/accounts/{account}/deposits    | {"asset":"US\\u0000DC","amount":1} | asset
            withdrawal, huge exponent     | alice  | POST | /api/v1/accounts/{account}/withdrawals | {"asset":"USDC","amount":1E+2147483647} | amount
            account, duplicate owner      | alice  | POST | /api/v1/accounts                       | {"owner":"alice","owner":"alice"} | owner
            account, unknown key          | alice  | POST | /api/v1/accounts                       | {"marginMod":"PORTFOLIO"} | marginMod
            asset, collateral "yes"       | admin  | POST | /api/v1/assets                         | {"symbol":"HOSTILE1","decimals":6,"kind":"TOKEN","collateral":"yes","collateralWeight":0.5,"oracleSymbol":"HOSTILE1-USD"} | collateral
            asset, collateral 2           | admin  | POST | /api/v1/assets                         | {"symbol":"HOSTILE2","decimals":6,"kind":"TOKEN","collateral":2,"collateralWeight":0.5,"oracleSymbol":"HOSTILE2-USD"} | collateral
            asset, symbol a number        | admin  | POST | /api/v1/assets                         | {"symbol":123,"decimals":6,"kind":"TOKEN","collateral":true,"collateralWeight":0.5,"oracleSymbol":"HOSTILE3-USD"} | symbol
            asset, fractional decimals    | admin  | POST | /api/v1/assets                         | {"symbol":"HOSTILE4","decimals":6.5,"kind":"TOKEN","collateral":true,"collateralWeight":0.5,"oracleSymbol":"HOSTILE4-USD"} | decimals
            collateral policy, "yes"      | admin  | PUT  | /api/v1/assets/{asset}/collateral-policy | {"collateral":"yes","collateralWeight":0.5} | collateral
            asset, the old name haircut   | admin  | POST | /api/v1/assets                         | {"symbol":"HOSTILE5","decimals":6,"kind":"TOKEN","collateral":true,"haircut":0.5,"oracleSymbol":"HOSTILE5-USD"} | haircut
            collateral policy, haircut    | admin  | PUT  | /api/v1/assets/{asset}/collateral-policy | {"collateral":true,"haircut":0.5} | haircut
            observation, huge exponent    | oracle | POST | /api/v1/oracle/observations            | {"symbol":"BTC-USD","price":1E+2147483647,"source":"hostile"} | price
            observation, far future       | oracle | POST | /api/v1/oracle/observations            | {"symbol":"BTC-USD","price":1,"source":"hostile","observedAt":"9999-12-31T00:00:00Z"} | observedAt
            source, name a number         | admin  | POST | /api/v1/oracle/sources                 | {"name":123,"description":"hostile","reporter":"oracle"} | name
            symbol rules, quorum 1.5      | admin  | PUT  | /api/v1/oracle/symbols/{asset}-USD/rules | {"stalenessSeconds":60,"minQuorum":1.5,"maxDeviation":0.1} | minQuorum
            symbol rules, duplicate key   | admin  | PUT  | /api/v1/oracle/symbols/{asset}-USD/rules | {"stalenessSeconds":60,"minQuorum":1,"minQuorum":50,"maxDeviation":0.1} | minQuorum
            surface, expiry 9999-12-31    | oracle | PUT  | /api/v1/oracle/surfaces/{asset}-USD   | {"points":[{"expiry":"9999-12-31T00:00:00Z","strike":100,"volatility":0.5}]} | points[0].expiry
            venue quote, huge exponent    | oracle | POST | /api/v1/instruments/1/venue-quotes     | {"venue":"hostile","impactBid":1E+2147483647,"impactAsk":1} | impactBid
            shortfall policy, a number    | admin  | PUT  | /api/v1/instruments/1/shortfall-policy | {"policy":1} | policy
            instrument, duplicate term    | admin  | POST | /api/v1/instruments                    | {"type":"option.european","terms":{"strike":1,"strike":2}} | terms.strike
            instrument, huge term         | admin  | POST | /api/v1/instruments                    | {"type":"option.european","terms":{"strike":1E+2147483647}} | terms.strike
            trade, huge exponent          | admin  | POST | /api/v1/trades                         | {"instrumentId":1,"buyerAccountId":1,"sellerAccountId":2,"quantity":1E+2147483647,"price":1,"tradedAt":"2026-01-01T00:00:00Z"} | quantity
            trade, fractional id          | admin  | POST | /api/v1/trades                         | {"instrumentId":1.5,"buyerAccountId":1,"sellerAccountId":2,"quantity":1,"price":1,"tradedAt":"2026-01-01T00:00:00Z"} | instrumentId
            pool, thirty-digit reserve    | admin  | POST | /api/v1/pools                          | {"name":"hostile","reserve":123456789012345678901234567890} | reserve
            pool, loan maturing 9999      | admin  | POST | /api/v1/pools                          | {"name":"hostile","loans":[{"name":"L1","par":100,"coupon":0.05,"maturity":"9999-12-31","defaultProbability":0.01,"recoveryRate":0.4}]} | loans[0].maturity
            servicer report, 1e309        | oracle | POST | /api/v1/pools/1/servicer-reports       | {"lines":[{"asset":"L1","interest":1e309,"principal":0,"defaulted":0,"recovered":0}]} | lines[0].interest
            servicer report, thirty digits| oracle | POST | /api/v1/pools/1/servicer-reports       | {"lines":[{"asset":"L1","interest":0,"principal":123456789012345678901234567890,"defaulted":0,"recovered":0}]} | lines[0].principal
            node, huge exponent           | risk   | POST | /api/v1/risk-graph/nodes               | {"kind":"protocol","name":"hostile-node","equity":1E+2147483647} | equity
            exposure, huge exponent       | risk   | POST | /api/v1/risk-graph/exposures           | {"sourceKind":"protocol","sourceName":"hostile-a","targetKind":"protocol","targetName":"hostile-b","kind":"credit","amount":1E+2147483647} | amount
            import, duplicate key         | risk   | POST | /api/v1/risk-graph/import              | {"nodes":[{"kind":"protocol","name":"hostile-node","equity":1}],"exposures":[],"nodes":[]} | nodes
            what-if, shock a string       | risk   | POST | /api/v1/risk-graph/what-if             | {"asset":"asset:BTC","shock":"0.3"} | shock
            job, fractional limit         | risk   | POST | /api/v1/risk-graph/jobs                | {"kind":"ranking","limit":1.5} | limit
            """)
    void hostileBodiesAreRefusedByFieldAndWriteNothing(String name, String user, String method, String path,
                                                        String body, String field) {
        setUp();
        State before = State.now();

        Api.Reply refused = send(user, method, resolve(path), HttpRequest.BodyPublishers.ofString(resolve(body)));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isProblem()).as(refused.contentType()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo(INVALID_VALUE);
        assertThat(refused.json().getString("field")).isEqualTo(field);
        assertThat(State.now()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            asset symbol        | admin  | PUT  | /api/v1/assets/US%00DC/collateral-policy  | {"collateral":true,"collateralWeight":0.5} | symbol
            oracle symbol       | admin  | PUT  | /api/v1/oracle/symbols/BTC%00-USD/rules   | {"stalenessSeconds":60,"minQuorum":1,"maxDeviation":0.1} | symbol
            surface underlying  | oracle | PUT  | /api/v1/oracle/surfaces/BTC%00-USD        | {"points":[{"expiry":"2030-01-01T00:00:00Z","strike":100,"volatility":0.5}]} | underlying
            index symbol        | risk   | GET  | /api/v1/oracle/indices/BTC%00-USD         |  | symbol
            """)
    void controlCharactersInPathParametersAreRefusedByName(String name, String user, String method, String path,
                                                            String body, String field) {
        setUp();
        State before = State.now();

        Api.Reply refused = send(user, method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.isProblem()).as(refused.contentType()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo(INVALID_PARAMETER);
        assertThat(refused.json().getString("field")).isEqualTo(field);
        assertThat(State.now()).isEqualTo(before);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413() {
        setUp();
        State before = State.now();

        Api.Reply refused = send("alice", "POST", resolve("/api/v1/accounts/{account}/deposits"),
                HttpRequest.BodyPublishers.ofString(padded("{\"asset\":\"USDC\",\"amount\":1}", 5 << 20)));

        assertTooLarge(refused);
        assertThat(State.now()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyGrowingPastTheLimitIsRefusedWith413() {
        setUp();
        State before = State.now();
        byte[] body = padded("{\"asset\":\"USDC\",\"amount\":1}", 2 << 20).getBytes(StandardCharsets.UTF_8);

        // no Content-Length: the server can only notice while reading
        Api.Reply refused = send("alice", "POST", resolve("/api/v1/accounts/{account}/deposits"),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertTooLarge(refused);
        assertThat(State.now()).isEqualTo(before);
    }

    @Test
    void aBulkOperationTakesABodyBeyondTheOrdinaryLimitButNotBeyondItsOwn() {
        Api.Reply accepted = send("risk", "POST", "/api/v1/risk-graph/import",
                HttpRequest.BodyPublishers.ofString(padded("{\"nodes\":[],\"exposures\":[]}", 2 << 20)));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);

        Api.Reply refused = send("risk", "POST", "/api/v1/risk-graph/import",
                HttpRequest.BodyPublishers.ofString(padded("{\"nodes\":[],\"exposures\":[]}", 9 << 20)));
        assertTooLarge(refused);
    }

    private static void assertTooLarge(Api.Reply refused) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.isProblem()).as(refused.contentType()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo(TOO_LARGE);
    }

    /** Valid JSON of about the given size: the document followed by whitespace. */
    private static String padded(String json, int size) {
        return json + " ".repeat(size - json.length());
    }

    private static String resolve(String text) {
        return text.replace("{account}", Long.toString(account)).replace("{asset}", asset);
    }

    private static Api.Reply send(String user, String method, String path, HttpRequest.BodyPublisher body) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(Api.SERVER.resolve(path)).timeout(Duration.ofSeconds(60))
                .method(method, body)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json")
                .header("Idempotency-Key", Api.newKey()));
    }

    /** What a wrongly accepted body would change: the listings, and this test's account and asset. */
    private record State(List<Integer> sizes, String testAsset, String testAccountBalances, boolean hostileNode) {

        static State now() {
            return new State(List.of(
                    size("alice", "/api/v1/accounts"),
                    size("admin", "/api/v1/assets"),
                    size("admin", "/api/v1/oracle/sources"),
                    size("admin", "/api/v1/instruments"),
                    size("admin", "/api/v1/pools"),
                    Fixtures.journalSize("alice", account)),
                    Api.as("admin").get("/api/v1/assets/" + asset).body(),
                    Api.as("alice").get("/api/v1/accounts/" + account + "/balances").body(),
                    Api.as("risk").get("/api/v1/risk-graph").body().contains("hostile"));
        }

        private static int size(String user, String path) {
            Api.Reply listing = Api.as(user).get(path);
            assertThat(listing.status()).as(listing.toString()).isEqualTo(200);
            return listing.array().size();
        }
    }
}
