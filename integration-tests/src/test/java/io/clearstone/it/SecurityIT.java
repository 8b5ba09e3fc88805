package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles and ownership: a trader neither reads nor moves another's account; each role does only its job. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void traderCannotReadAnotherTradersAccount() {
        long bobs = Fixtures.openAccount("bob");
        Fixtures.deposit("bob", bobs, "USDC", "10", Api.newKey());

        for (String path : new String[] {"", "/balances", "/journal", "/summary"}) {
            Api.Reply reply = Api.as("alice").get("/api/v1/accounts/" + bobs + path);
            assertThat(reply.status()).as(path + " " + reply).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.body()).doesNotContain("bob");
        }
        assertThat(Api.as("alice").get("/api/v1/accounts").array().stream()
                .map(v -> v.asJsonObject().getString("owner"))).containsOnly("alice");
    }

    @Test
    void traderCannotMoveAnotherTradersFunds() {
        long bobs = Fixtures.openAccount("bob");
        Fixtures.deposit("bob", bobs, "USDC", "10", Api.newKey());

        assertThat(Fixtures.withdraw("alice", bobs, "USDC", "10", Api.newKey()).status()).isEqualTo(404);
        assertThat(Fixtures.deposit("alice", bobs, "USDC", "10", Api.newKey()).status()).isEqualTo(404);
        assertThat(Fixtures.balance("bob", bobs, "USDC")).isEqualByComparingTo("10");
    }

    @Test
    void traderCannotOpenAnAccountForSomeoneElse() {
        Api.Reply reply = Api.as("alice").post("/api/v1/accounts", "{\"owner\":\"bob\"}", Api.newKey());
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().getString("type")).isEqualTo("/problems/security/forbidden");
    }

    @Test
    void riskOfficerReadsEveryAccountButMovesNone() {
        long bobs = Fixtures.openAccount("bob");
        assertThat(Api.as("risk").get("/api/v1/accounts/" + bobs).status()).isEqualTo(200);
        assertThat(Fixtures.deposit("risk", bobs, "USDC", "1", Api.newKey()).status()).isEqualTo(403);
    }

    @Test
    void adminMayDepositForAnyAccount() {
        long bobs = Fixtures.openAccount("bob");
        assertThat(Fixtures.deposit("admin", bobs, "USDC", "5", Api.newKey()).status()).isEqualTo(201);
        assertThat(Fixtures.balance("bob", bobs, "USDC")).isEqualByComparingTo("5");
    }

    @Test
    void onlyAdminsListAssetsAndOnlyRiskOfficersAndAdminsSeeTheBooks() {
        Api.Reply traderListing = Api.as("alice").post("/api/v1/assets", "{\"symbol\":\"ZZZ\",\"decimals\":2,"
                + "\"kind\":\"TOKEN\",\"collateral\":false,\"collateralWeight\":0,\"oracleSymbol\":\"ZZZ-USD\"}");
        assertThat(traderListing.status()).isEqualTo(403);
        assertThat(Api.as("alice").get("/api/v1/ledger/reconciliation").status()).isEqualTo(403);
        assertThat(Api.as("oracle").get("/api/v1/accounts").status()).isEqualTo(403);
        assertThat(Api.as("risk").get("/api/v1/ledger/reconciliation").status()).isEqualTo(200);
    }
}
