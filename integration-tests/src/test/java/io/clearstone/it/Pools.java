package io.clearstone.it;

import java.time.LocalDate;

/** Creating pools the way the API requires: an administrator proposes, the sponsor account's owner approves. */
final class Pools {

    private Pools() {
    }

    /** The approval of a proposal by {@code owner}, or the proposal's reply if it was refused. */
    static Api.Reply approvedBy(String owner, Api.Reply proposed) {
        if (proposed.status() != 202) {
            return proposed;
        }
        return approve(owner, proposed.json().getJsonNumber("id").longValue(), Api.newKey());
    }

    static Api.Reply approve(String user, long proposal, String key) {
        return Api.as(user).post("/api/v1/pools/proposals/" + proposal + "/approval", "", key);
    }

    /** A proposal, by an administrator, of a pool of loans only, with no reserve: nothing to pledge but the loans. */
    static Api.Reply proposeLoans(String name, long sponsor, String underlying, String loans) {
        return Api.as("admin").post("/api/v1/pools", "{\"name\":\"" + name + "\",\"sponsorAccountId\":" + sponsor
                + ",\"servicer\":\"oracle\",\"settlementAsset\":\"USDC\",\"underlying\":\"" + underlying
                + "\",\"correlation\":0.3,\"periodsPerYear\":12,\"reserve\":0,\"loans\":" + loans
                + ",\"collateral\":[],\"tranches\":[{\"name\":\"S\",\"attachment\":0.2,\"detachment\":1,"
                + "\"coupon\":0.05},{\"name\":\"E\",\"attachment\":0,\"detachment\":0.2,\"coupon\":0}]}",
                Api.newKey());
    }

    static String loan(String name, String par, String coupon) {
        return "{\"name\":\"" + name + "\",\"par\":" + par + ",\"coupon\":" + coupon + ",\"maturity\":\""
                + LocalDate.now().plusYears(3) + "\",\"defaultProbability\":0.04,\"recoveryRate\":0.4}";
    }
}
