package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * A pool pledges its sponsor's assets, so it needs the sponsor: an administrator only proposes it, and nothing moves
 * until the sponsor account's owner approves. Neither the administrator nor another trader can approve for her.
 */
@ExtendWith(ArquillianExtension.class)
class PoolSponsorConsentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorAloneCannotPledgeAlicesCollateralAndWithHerApprovalThePoolIsCreated() {
        ControlledMarket market = ControlledMarket.open("100");
        long sponsor = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", sponsor, market.coin, "10", Api.newKey());
        Fixtures.deposit("alice", sponsor, "USDC", "1000", Api.newKey());
        String name = "P" + Api.unique();

        Api.Reply proposed = Api.as("admin").post("/api/v1/pools", "{\"name\":\"" + name + "\",\"sponsorAccountId\":"
                + sponsor + ",\"servicer\":\"oracle\",\"settlementAsset\":\"USDC\",\"underlying\":\"" + market.symbol
                + "\",\"correlation\":0.3,\"periodsPerYear\":12,\"reserve\":20,\"loans\":[" + Pools.loan("L1", "300",
                "0.12") + "],\"collateral\":[{\"asset\":\"" + market.coin + "\",\"units\":2}],\"tranches\":["
                + "{\"name\":\"S\",\"attachment\":0.2,\"detachment\":1,\"coupon\":0.05},"
                + "{\"name\":\"E\",\"attachment\":0,\"detachment\":0.2,\"coupon\":0}]}", Api.newKey());
        assertThat(proposed.status()).as("the administrator only proposes: " + proposed).isEqualTo(202);
        JsonObject proposal = proposed.json();
        long id = proposal.getJsonNumber("id").longValue();
        assertThat(proposal.getString("status")).isEqualTo("PENDING");
        assertNothingPledged(sponsor, market, name);

        Api.Reply byAdmin = Pools.approve("admin", id, Api.newKey());
        assertThat(byAdmin.status()).as("an administrator cannot consent for alice: " + byAdmin).isEqualTo(403);
        assertThat(byAdmin.isProblem()).isTrue();
        Api.Reply byBob = Pools.approve("bob", id, Api.newKey());
        assertThat(byBob.status()).as("bob cannot approve alice's pool, nor learn it exists: " + byBob)
                .isEqualTo(404);
        assertThat(Api.as("bob").get("/api/v1/pools/proposals/" + id).status()).isEqualTo(404);
        assertNothingPledged(sponsor, market, name);

        assertThat(Api.as("alice").get("/api/v1/pools/proposals").array().stream().map(JsonValue::asJsonObject)
                .map(p -> p.getJsonNumber("id").longValue())).as("alice sees what awaits her").contains(id);
        String key = Api.newKey();
        Api.Reply approved = Pools.approve("alice", id, key);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        long poolId = approved.json().getJsonNumber("id").longValue();
        assertThat(approved.json().getString("name")).isEqualTo(name);
        assertThat(Fixtures.balance("alice", sponsor, market.coin)).isEqualByComparingTo("8");
        assertThat(Fixtures.balance("alice", sponsor, "USDC")).isEqualByComparingTo("980");

        // approving again, with the same key or another, is the same approval: nothing moves twice
        assertThat(Pools.approve("alice", id, key).json().getJsonNumber("id").longValue()).isEqualTo(poolId);
        Api.Reply again = Pools.approve("alice", id, Api.newKey());
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(poolId);
        assertThat(Fixtures.balance("alice", sponsor, market.coin)).isEqualByComparingTo("8");
        JsonObject after = Api.as("risk").get("/api/v1/pools/proposals/" + id).json();
        assertThat(after.getString("status")).isEqualTo("APPROVED");
        assertThat(after.getJsonNumber("poolId").longValue()).isEqualTo(poolId);
        assertThat(after.getString("approvedBy")).isEqualTo("alice");
    }

    @Test
    void anApprovalTheSponsorCannotCoverIsRefusedWritingNothingAndTheProposalStaysPending() {
        ControlledMarket market = ControlledMarket.open("100");
        long sponsor = Fixtures.openAccount("alice");
        Fixtures.deposit("alice", sponsor, "USDC", "1000", Api.newKey());
        String name = "P" + Api.unique();
        Api.Reply proposed = Api.as("admin").post("/api/v1/pools", "{\"name\":\"" + name + "\",\"sponsorAccountId\":"
                + sponsor + ",\"servicer\":\"oracle\",\"settlementAsset\":\"USDC\",\"underlying\":\"" + market.symbol
                + "\",\"correlation\":0.3,\"periodsPerYear\":12,\"reserve\":20,\"loans\":[],\"collateral\":[{\"asset\":\""
                + market.coin + "\",\"units\":2}],\"tranches\":[{\"name\":\"S\",\"attachment\":0,\"detachment\":1,"
                + "\"coupon\":0.05}]}", Api.newKey());
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(202);
        long id = proposed.json().getJsonNumber("id").longValue();

        Api.Reply poor = Pools.approve("alice", id, Api.newKey());
        assertThat(poor.status()).as("alice holds no coin yet: " + poor).isEqualTo(422);
        assertThat(poor.body()).contains("collateral[0].units");
        assertThat(Api.as("alice").get("/api/v1/pools/proposals/" + id).json().getString("status"))
                .isEqualTo("PENDING");
        assertThat(Fixtures.balance("alice", sponsor, "USDC")).as("not even the reserve moved")
                .isEqualByComparingTo("1000");

        Fixtures.deposit("alice", sponsor, market.coin, "2", Api.newKey());
        Api.Reply approved = Pools.approve("alice", id, Api.newKey());
        assertThat(approved.status()).as(approved.toString()).isEqualTo(201);
        assertThat(Fixtures.balance("alice", sponsor, market.coin)).isEqualByComparingTo("0");
    }

    private static void assertNothingPledged(long sponsor, ControlledMarket market, String name) {
        assertThat(Fixtures.balance("alice", sponsor, market.coin)).isEqualByComparingTo("10");
        assertThat(Fixtures.balance("alice", sponsor, "USDC")).isEqualByComparingTo("1000");
        assertThat(Api.as("risk").get("/api/v1/pools").array().stream().map(JsonValue::asJsonObject)
                .map(p -> p.getString("name"))).doesNotContain(name);
    }
}
