package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jakarta.json.JsonObject;

/** Deposits and withdrawals over real HTTP: ledger effects, idempotent retries, refusals that change nothing. */
@ExtendWith(ArquillianExtension.class)
class DepositsAndWithdrawalsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void depositCreditsTheAccountAndDebitsCustody() {
        long account = Fixtures.openAccount("alice");
        Api.Reply deposit = Fixtures.deposit("alice", account, "USDC", "1250.5", Api.newKey());

        assertThat(deposit.status()).as(deposit.toString()).isEqualTo(201);
        JsonObject receipt = deposit.json();
        assertThat(receipt.getString("type")).isEqualTo("DEPOSIT");
        assertThat(receipt.getJsonNumber("balanceAfter").bigDecimalValue()).isEqualByComparingTo("1250.5");
        assertThat(Fixtures.balance("alice", account, "USDC")).isEqualTo(new BigDecimal("1250.500000"));

        JsonObject leg = Api.as("alice").get("/api/v1/accounts/" + account + "/journal").array()
                .getJsonObject(0);
        assertThat(leg.getString("type")).isEqualTo("DEPOSIT");
        assertThat(leg.getString("reference")).startsWith("api:alice:");
        assertThat(leg.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1250.5");
    }

    @Test
    void retryWithTheSameKeyReturnsTheFirstAnswerAndCreditsOnce() {
        long account = Fixtures.openAccount("alice");
        String key = Api.newKey();
        Api.Reply first = Fixtures.deposit("alice", account, "BTC", "0.75", key);
        Api.Reply retry = Fixtures.deposit("alice", account, "BTC", "0.750", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(Fixtures.balance("alice", account, "BTC")).isEqualByComparingTo("0.75");
        assertThat(Fixtures.journalSize("alice", account)).isEqualTo(1);
    }

    @Test
    void sameKeyWithADifferentBodyIsRefusedAndMovesNothing() {
        long account = Fixtures.openAccount("alice");
        String key = Api.newKey();
        assertThat(Fixtures.deposit("alice", account, "BTC", "1", key).status()).isEqualTo(201);

        Api.Reply reused = Fixtures.deposit("alice", account, "BTC", "2", key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
        assertThat(reused.json().getString("type")).isEqualTo("/problems/request/idempotency-key-reused");
        assertThat(reused.json().getString("field")).isEqualTo("Idempotency-Key");

        Api.Reply otherOperation = Fixtures.withdraw("alice", account, "BTC", "1", key);
        assertThat(otherOperation.status()).isEqualTo(422);
        assertThat(Fixtures.balance("alice", account, "BTC")).isEqualByComparingTo("1");
    }

    @Test
    void withdrawalWithinTheBalanceMovesValueToCustody() {
        long account = Fixtures.openAccount("bob");
        Fixtures.deposit("bob", account, "ETH", "3.000000000000000001", Api.newKey());
        Api.Reply withdrawal = Fixtures.withdraw("bob", account, "ETH", "1.000000000000000001", Api.newKey());

        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(201);
        assertThat(Fixtures.balance("bob", account, "ETH")).isEqualByComparingTo("2");
    }

    @Test
    void withdrawalBeyondTheBalanceIsRefusedAndTheJournalIsUnchanged() {
        long account = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", account, "USDC", "100", Api.newKey());
        int journalBefore = Fixtures.journalSize("alice", account);

        Api.Reply refused = Fixtures.withdraw("alice", account, "USDC", "100.000001", Api.newKey());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo("/problems/ledger/insufficient-balance");
        assertThat(refused.json().getString("field")).isEqualTo("amount");
        assertThat(Fixtures.journalSize("alice", account)).isEqualTo(journalBefore);
        assertThat(Fixtures.balance("alice", account, "USDC")).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative amount    | {"asset":"USDC","amount":-5}            | 400 | /problems/request/invalid-field   | amount
            zero amount        | {"asset":"USDC","amount":0}             | 400 | /problems/request/invalid-field   | amount
            missing amount     | {"asset":"USDC"}                        | 400 | /problems/request/invalid-field   | amount
            unknown asset      | {"asset":"DOGE","amount":1}             | 422 | /problems/asset/unknown           | asset
            too many decimals  | {"asset":"USDC","amount":1.0000001}     | 422 | /problems/ledger/too-many-decimals | amount
            amount not numeric | {"asset":"USDC","amount":"lots"}        | 422 | /problems/request/invalid-value   | amount
            absurd exponent    | {"asset":"USDC","amount":1e10000000}    | 422 | /problems/request/invalid-value   | amount
            beyond 18 decimals | {"asset":"USDC","amount":1e-19}         | 422 | /problems/request/invalid-value   | amount
            """)
    void invalidDepositsAreRefusedWithTheFieldAtFaultAndPersistNothing(String name, String body, int status,
                                                                        String type, String field) {
        long account = Fixtures.openAccount("alice");
        String key = Api.newKey();
        Api.Reply refused = Api.as("alice").post("/api/v1/accounts/" + account + "/deposits", body, key);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.isProblem()).as(refused.contentType()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo(type);
        assertThat(refused.json().getString("field")).isEqualTo(field);
        assertThat(Fixtures.journalSize("alice", account)).isZero();
        // the key was not consumed: the corrected request goes through with it
        assertThat(Fixtures.deposit("alice", account, "USDC", "1", key).status()).isEqualTo(201);
    }

    @Test
    void openingAnAccountIsIdempotentToo() {
        String key = Api.newKey();
        Api.Reply first = Api.as("alice").post("/api/v1/accounts", "{}", key);
        Api.Reply retry = Api.as("alice").post("/api/v1/accounts", "{}", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
    }

    @Test
    void systemAccountsCannotBeMovedThroughTheApi() {
        Api.Reply refused = Fixtures.deposit("admin", 1, "USDC", "1", Api.newKey());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
    }

    @Test
    void malformedJsonIsAProblemAndPersistsNothing() {
        long account = Fixtures.openAccount("alice");
        Api.Reply refused = Api.as("alice").post("/api/v1/accounts/" + account + "/deposits",
                "{\"asset\":\"USDC\",\"amount\":", Api.newKey());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().getString("type")).isEqualTo("/problems/request/malformed-body");
        assertThat(Fixtures.journalSize("alice", account)).isZero();
    }

    @Test
    void depositWithoutIdempotencyKeyIsRefused() {
        long account = Fixtures.openAccount("alice");
        Api.Reply refused = Api.as("alice").post("/api/v1/accounts/" + account + "/deposits",
                "{\"asset\":\"USDC\",\"amount\":1}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("type")).isEqualTo("/problems/request/idempotency-key-missing");
        assertThat(refused.json().getString("field")).isEqualTo("Idempotency-Key");
        assertThat(Fixtures.journalSize("alice", account)).isZero();
    }
}
