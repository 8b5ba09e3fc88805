package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * Funding from the interest component alone, computed from the swap's daily quote and base rates, moves the ledger by
 * exactly the amount the published formula gives: no venue quotes the new swap, so P̄ = 0 and F = clamp(I).
 */
@ExtendWith(ArquillianExtension.class)
class InterestFundingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theInterestComponentFromDailyRatesIsPaidToTheMicroUsdc() throws InterruptedException {
        Fixtures.awaitFreshIndex("BTC-USD");
        // I = (0.964% − 0.1%) / 3 = 0.288% per 8 hours, inside the 0.5% clamp; paid every 10 seconds:
        // 0.288% × 10 / 28,800 = (0.964% − 0.1%) × 10 / 86,400 = 0.0001% = 0.000001 exactly
        long swap = PerpetualSwapsIT.create(PerpetualSwapsIT.linear("PT10S", ",\"interestQuoteRate\":0.00964,"
                + "\"interestBaseRate\":0.001,\"premiumClamp\":0.005"));
        BigDecimal expectedRate = new BigDecimal("0.00964").subtract(new BigDecimal("0.001"))
                .multiply(BigDecimal.TEN).divide(new BigDecimal("86400"), 8, RoundingMode.HALF_EVEN);
        assertThat(expectedRate).isEqualByComparingTo("0.000001");
        long longAccount = Fixtures.openAccount("alice");
        long shortAccount = Fixtures.openAccount("bob");
        Fixtures.deposit("alice", longAccount, "USDC", "100000", Api.newKey());
        Fixtures.deposit("bob", shortAccount, "USDC", "100000", Api.newKey());
        BigDecimal index = Api.as("risk").get("/api/v1/oracle/indices/BTC-USD").json().getJsonNumber("price")
                .bigDecimalValue();
        Api.Reply traded = PerpetualSwapsIT.trade(swap, longAccount, shortAccount, "10000",
                index.setScale(0, RoundingMode.HALF_EVEN));
        assertThat(traded.status()).as(traded.toString()).isEqualTo(201);

        List<JsonObject> paid = List.of();
        Instant deadline = Instant.now().plusSeconds(60);
        while (paid.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            paid = PerpetualSwapsIT.history(swap).stream().filter(e -> e.getInt("positions") > 0).toList();
        }
        assertThat(paid).as("two funded intervals with the positions open").hasSizeGreaterThanOrEqualTo(2);

        Map<Long, BigDecimal> longLegs = PerpetualSwapsIT.fundingByTransaction("alice", longAccount);
        Map<Long, BigDecimal> shortLegs = PerpetualSwapsIT.fundingByTransaction("bob", shortAccount);
        BigDecimal longTotal = BigDecimal.ZERO;
        for (JsonObject event : paid) {
            assertThat(event.getInt("samples")).as("nobody quoted the swap: P̄ = 0").isZero();
            assertThat(event.getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo(expectedRate);
            assertThat(event.getString("payers")).isEqualTo("LONGS");
            // 10,000 contracts of 0.001 BTC = 10 BTC at the mark (a multiple of the 0.5 tick) × 0.000001: six
            // decimals at most, so the ledger carries it exactly, with nothing left to round
            BigDecimal exact = BigDecimal.TEN.multiply(event.getJsonNumber("markPrice").bigDecimalValue())
                    .multiply(expectedRate);
            assertThat(exact.stripTrailingZeros().scale()).isLessThanOrEqualTo(6);
            long journal = event.getJsonNumber("journalTransactionId").longValue();
            assertThat(longLegs.get(journal)).as("the long pays exactly").isEqualByComparingTo(exact.negate());
            assertThat(shortLegs.get(journal)).as("the short receives exactly").isEqualByComparingTo(exact);
            assertThat(event.getJsonNumber("totalPaid").bigDecimalValue()).isEqualByComparingTo(exact);
            longTotal = longTotal.add(exact);
        }
        BigDecimal allLongLegs = longLegs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(Fixtures.balance("alice", longAccount, "USDC")).as("the deposit less every funding paid")
                .isEqualByComparingTo(new BigDecimal("100000").add(allLongLegs));
        assertThat(allLongLegs.negate()).isGreaterThanOrEqualTo(longTotal);
        assertThat(Fixtures.reconciliation().getBoolean("balanced")).isTrue();
    }
}
