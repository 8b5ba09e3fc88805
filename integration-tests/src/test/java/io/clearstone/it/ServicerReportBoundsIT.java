package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonValue;

/**
 * A servicer reports what a loan paid, not what it likes: each line is bounded by the loan's outstanding par and
 * coupon, a refused report books nothing (not even its valid lines), and a loan repaid in full takes no more reports.
 */
@ExtendWith(ArquillianExtension.class)
class ServicerReportBoundsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReportBeyondTheLoansParOrCouponIsRefusedNamingTheLineAndBooksNothing() {
        ControlledMarket market = ControlledMarket.open("100");
        long sponsor = Fixtures.openAccount("alice");
        // 25,000 at 12% monthly: 250 a period, at most 750 with two periods in arrears
        Api.Reply created = Pools.approvedBy("alice", Pools.proposeLoans("P" + Api.unique(), sponsor, market.symbol,
                "[" + Pools.loan("L1", "25000", "0.12") + "," + Pools.loan("L2", "25000", "0.12") + "]"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long poolId = created.json().getJsonNumber("id").longValue();
        long collection = created.json().getJsonObject("accounts").getJsonNumber("collection").longValue();

        assertRefused(poolId, line("L1", "25000000", "0", "0", "0"), 422, "lines[0].interest");
        assertRefused(poolId, line("L1", "0", "0", "0", "0") + "," + line("L2", "750.01", "0", "0", "0"), 422,
                "lines[1].interest");
        assertRefused(poolId, line("L1", "0", "25000.01", "0", "0"), 422, "lines[0].principal");
        assertRefused(poolId, line("L1", "0", "5000", "20000.01", "0"), 422, "lines[0].defaulted");
        assertRefused(poolId, line("L1", "0", "0", "100", "100.01"), 422, "lines[0].recovered");
        assertThat(Fixtures.balance("risk", collection, "USDC")).as("nothing was remitted").isEqualByComparingTo("0");
        assertThat(pars(poolId).get("L1")).isEqualByComparingTo("25000");
        assertThat(pars(poolId).get("L2")).isEqualByComparingTo("25000");

        // arrears are allowed up to three periods in all, and a loan repaid in full closes
        Api.Reply repaid = report(poolId, line("L1", "750", "25000", "0", "0"));
        assertThat(repaid.status()).as(repaid.toString()).isEqualTo(201);
        assertRefused(poolId, line("L1", "1", "0", "0", "0"), 409, "lines[0].asset");
        assertThat(Fixtures.balance("risk", collection, "USDC")).isEqualByComparingTo("25750");
        assertThat(Api.as("risk").get("/api/v1/pools/" + poolId + "/reconciliation").json().getBoolean("balanced"))
                .isTrue();
    }

    private static void assertRefused(long poolId, String lines, int status, String field) {
        Api.Reply refused = report(poolId, lines);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(status);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("\"" + field + "\"");
    }

    private static Api.Reply report(long poolId, String lines) {
        return Api.as("oracle").post("/api/v1/pools/" + poolId + "/servicer-reports", "{\"lines\":[" + lines + "]}",
                Api.newKey());
    }

    private static Map<String, BigDecimal> pars(long poolId) {
        return Api.as("risk").get("/api/v1/pools/" + poolId).json().getJsonArray("assets").stream()
                .map(JsonValue::asJsonObject).collect(Collectors.toMap(a -> a.getString("name"),
                        a -> a.getJsonNumber("par").bigDecimalValue()));
    }

    private static String line(String asset, String interest, String principal, String defaulted, String recovered) {
        return "{\"asset\":\"" + asset + "\",\"interest\":" + interest + ",\"principal\":" + principal
                + ",\"defaulted\":" + defaulted + ",\"recovered\":" + recovered + "}";
    }
}
