package io.clearstone.domain.securitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class WaterfallTest {

    private static final List<Waterfall.Tranche> TRANCHES = List.of(tranche(1, "700", "0.06"),
            tranche(2, "200", "0.10"), tranche(3, "100", "0"));

    @Test
    void interestTopDownLossesBottomUpAfterTheReservePrincipalSequential() {
        Waterfall.Result result = Waterfall.run(TRANCHES, collected("6", "50", "40", "10"), d("20"), d("20"),
                PrincipalMode.SEQUENTIAL, 12, 6);

        // coupons: 700 × 6% / 12 = 3.5 and 200 × 10% / 12 = 1.666667; 0.833333 is left
        assertLine(result.lines().get(0), "3.5", "3.5", "0", "80", "0", "620");
        assertLine(result.lines().get(1), "1.666667", "1.666667", "0", "0", "0", "200");
        // the loss of 30 takes the whole reserve of 20, and 10 of the equity tranche
        assertLine(result.lines().get(2), "0", "0", "10", "0", "0", "90");
        assertThat(result.reserveUsed()).isEqualByComparingTo("20");
        assertThat(result.reserveToppedUp()).as("what interest is left refills the reserve").isEqualByComparingTo("0.833333");
    }

    @Test
    void proRataPrincipalFollowsBalancesAndSumsExactly() {
        Waterfall.Result result = Waterfall.run(TRANCHES, collected("6", "50", "40", "10"), d("20"), d("0"),
                PrincipalMode.PRO_RATA, 12, 6);

        // 80 over 700 / 200 / 90: 56.565656.., 16.161616.., 7.272727..; the spare unit to the largest remainder
        assertThat(result.lines().stream().map(Waterfall.Line::principalPaid).toList())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("56.565657"), d("16.161616"), d("7.272727"));
        assertThat(result.reserveToppedUp()).isEqualByComparingTo("0");
        assertThat(result.lines().get(2).residual()).as("with the reserve at target, the equity takes the excess")
                .isEqualByComparingTo("0.833333");
    }

    @Test
    void aShortInterestCollectionLeavesTheJuniorCouponsUnpaid() {
        Waterfall.Result result = Waterfall.run(TRANCHES, collected("2", "0", "0", "0"), d("0"), d("0"),
                PrincipalMode.SEQUENTIAL, 12, 6);

        assertThat(result.lines().get(0).interestPaid()).isEqualByComparingTo("2");
        assertThat(result.lines().get(1).interestPaid()).isEqualByComparingTo("0");
        assertThat(result.lines().get(1).interestDue()).isEqualByComparingTo("1.666667");
    }

    @Test
    void aLossBeyondTheEquityTrancheReachesTheMezzanine() {
        Waterfall.Result result = Waterfall.run(TRANCHES, collected("0", "0", "150", "0"), d("0"), d("0"),
                PrincipalMode.SEQUENTIAL, 12, 6);

        assertThat(result.lines().get(2).balanceAfter()).isEqualByComparingTo("0");
        assertThat(result.lines().get(1).writtenDown()).isEqualByComparingTo("50");
        assertThat(result.lines().get(0).balanceAfter()).isEqualByComparingTo("700");
    }

    /** Balances fall by exactly the par that left the pool, and every unit collected or drawn is paid somewhere. */
    @Test
    void balancesTrackParAndCashIsConservedInRandomPeriods() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 2_000; run++) {
            List<Waterfall.Tranche> tranches = new ArrayList<>();
            BigDecimal par = BigDecimal.ZERO;
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                BigDecimal balance = money(random, 1_000);
                tranches.add(new Waterfall.Tranche(i + 1, balance, BigDecimal.valueOf(random.nextInt(1500), 4)));
                par = par.add(balance);
            }
            BigDecimal principal = money(random, par.doubleValue() / 2).min(par);
            BigDecimal defaulted = money(random, par.subtract(principal).doubleValue()).min(par.subtract(principal));
            BigDecimal recovered = defaulted.multiply(BigDecimal.valueOf(random.nextInt(100), 2))
                    .setScale(6, RoundingMode.DOWN);
            BigDecimal interest = money(random, 50);
            BigDecimal reserve = money(random, 100);
            PrincipalMode mode = random.nextBoolean() ? PrincipalMode.SEQUENTIAL : PrincipalMode.PRO_RATA;

            Waterfall.Result result = Waterfall.run(tranches, collected(interest, principal, defaulted, recovered),
                    reserve, money(random, 100), mode, 4, 6);

            BigDecimal after = result.lines().stream().map(Waterfall.Line::balanceAfter)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(after).isEqualByComparingTo(par.subtract(principal).subtract(defaulted));
            BigDecimal paidOut = result.lines().stream().map(Waterfall.Line::cash)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(paidOut.add(result.reserveToppedUp()))
                    .isEqualByComparingTo(interest.add(principal).add(recovered).add(result.reserveUsed()));
            result.lines().forEach(line -> assertThat(line.balanceAfter().signum()).isNotNegative());
        }
    }

    private static BigDecimal money(SplittableRandom random, double upTo) {
        return BigDecimal.valueOf(random.nextDouble() * upTo).setScale(6, RoundingMode.DOWN);
    }

    private static void assertLine(Waterfall.Line line, String due, String paid, String writtenDown, String principal,
                                   String residual, String balanceAfter) {
        assertThat(line.interestDue()).as("due").isEqualByComparingTo(due);
        assertThat(line.interestPaid()).as("paid").isEqualByComparingTo(paid);
        assertThat(line.writtenDown()).as("written down").isEqualByComparingTo(writtenDown);
        assertThat(line.principalPaid()).as("principal").isEqualByComparingTo(principal);
        assertThat(line.residual()).as("residual").isEqualByComparingTo(residual);
        assertThat(line.balanceAfter()).as("balance after").isEqualByComparingTo(balanceAfter);
    }

    private static Waterfall.Collections collected(String interest, String principal, String defaulted,
                                                   String recovered) {
        return collected(d(interest), d(principal), d(defaulted), d(recovered));
    }

    private static Waterfall.Collections collected(BigDecimal interest, BigDecimal principal, BigDecimal defaulted,
                                                   BigDecimal recovered) {
        return new Waterfall.Collections(interest, principal, defaulted, recovered);
    }

    private static Waterfall.Tranche tranche(long id, String balance, String coupon) {
        return new Waterfall.Tranche(id, d(balance), d(coupon));
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
