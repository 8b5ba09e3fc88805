package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.StringJoiner;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * The largest pool a request may describe (10,000 loans, the bound on {@code loans}) is proposed and approved through
 * the API, and a retry of either request with its key gets the very answer the first one got: the idempotency store
 * keeps answers of any size such a request causes (once it kept at most 8,000 characters, i.e. 39 loans).
 */
@ExtendWith(ArquillianExtension.class)
class LargePoolIdempotencyIT {

    private static final int LOANS = 10_000;
    /** Far longer than either request takes, so that a slow machine measures rather than fails. */
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aPoolOfTenThousandLoansIsProposedAndApprovedAndBothAnswersReplayWithTheirKeys() {
        long sponsor = Fixtures.openAccount("alice");
        String name = "BIG" + Api.unique();
        String proposal = poolOfLoans(name, sponsor, ControlledMarket.open("100").symbol);
        String proposeKey = Api.newKey();

        long started = System.nanoTime();
        Api.Reply proposed = post("admin", "/api/v1/pools", proposal, proposeKey);
        long proposing = System.nanoTime() - started;
        assertThat(proposed.status()).as(brief(proposed)).isEqualTo(202);
        long id = proposed.json().getJsonNumber("id").longValue();

        String approvalPath = "/api/v1/pools/proposals/" + id + "/approval";
        String approveKey = Api.newKey();
        started = System.nanoTime();
        Api.Reply approved = post("alice", approvalPath, "", approveKey);
        long approving = System.nanoTime() - started;
        assertThat(approved.status()).as(brief(approved)).isEqualTo(201);
        JsonObject pool = approved.json();
        assertThat(pool.getString("name")).isEqualTo(name);
        assertThat(pool.getJsonArray("assets")).hasSize(LOANS);

        started = System.nanoTime();
        Api.Reply proposedAgain = post("admin", "/api/v1/pools", proposal, proposeKey);
        long replayingProposal = System.nanoTime() - started;
        assertThat(proposedAgain.status()).as(brief(proposedAgain)).isEqualTo(202);
        assertThat(proposedAgain.json()).as("the stored answer, not a second proposal").isEqualTo(proposed.json());

        started = System.nanoTime();
        Api.Reply approvedAgain = post("alice", approvalPath, "", approveKey);
        long replayingApproval = System.nanoTime() - started;
        assertThat(approvedAgain.status()).as(brief(approvedAgain)).isEqualTo(201);
        assertThat(approvedAgain.json()).as("the stored answer of " + approved.body().length() + " characters")
                .isEqualTo(pool);

        System.out.printf("%d-loan pool: request %,d bytes, proposing %d ms, approving %d ms (answer %,d characters),"
                        + " replaying the proposal %d ms, replaying the approval %d ms%n", LOANS,
                proposal.getBytes(StandardCharsets.UTF_8).length, proposing / 1_000_000, approving / 1_000_000,
                approved.body().length(), replayingProposal / 1_000_000, replayingApproval / 1_000_000);
    }

    /** Loans only, no reserve: the sponsor pledges nothing but the loans it assigns. */
    private static String poolOfLoans(String name, long sponsor, String underlying) {
        StringJoiner loans = new StringJoiner(",", "[", "]");
        for (int i = 0; i < LOANS; i++) {
            loans.add(Pools.loan("L" + i, "100", "0.08"));
        }
        return "{\"name\":\"" + name + "\",\"sponsorAccountId\":" + sponsor + ",\"servicer\":\"oracle\","
                + "\"settlementAsset\":\"USDC\",\"underlying\":\"" + underlying + "\",\"correlation\":0.3,"
                + "\"periodsPerYear\":12,\"reserve\":0,\"loans\":" + loans + ",\"collateral\":[],\"tranches\":["
                + "{\"name\":\"S\",\"attachment\":0.2,\"detachment\":1,\"coupon\":0.05},"
                + "{\"name\":\"E\",\"attachment\":0,\"detachment\":0.2,\"coupon\":0}]}";
    }

    /** {@link Api}'s own requests give up after a minute; these may take longer on a shared machine. */
    private static Api.Reply post(String user, String path, String json, String key) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(Api.SERVER.resolve(path)).timeout(PATIENCE)
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A reply as an assertion message: a 10,000-loan answer in full would bury the point. */
    private static String brief(Api.Reply reply) {
        String text = reply.toString();
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
