package io.clearstone.domain.securitization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.clearstone.domain.shared.ClearingException;

/** A 25,000 loan at 9%, monthly periods: one period's coupon is 187.5, the bound three periods' 562.5. */
class ServicerLineBoundsTest {

    private static final PoolQueries.Collected NOTHING = collected("0", "0", "0");

    @Test
    void interestOfTwentyFiveMillionOnATwentyFiveThousandLoanIsRefusedNamingTheLine() {
        assertRefused(loan("25000"), NOTHING, line("25000000", "0", "0", "0"), "pool/interest-above-coupon",
                "lines[3].interest");
    }

    @Test
    void interestUpToThreePeriodsOfCouponIsAcceptedAndAPastItRefused() {
        assertAccepted(loan("25000"), NOTHING, line("562.5", "0", "0", "0"));
        assertRefused(loan("25000"), NOTHING, line("562.500001", "0", "0", "0"), "pool/interest-above-coupon",
                "lines[3].interest");
    }

    @Test
    void earlierReportsOfThePeriodCountAgainstTheBoundOnTheParTheyStartedFrom() {
        // 20,000 repaid earlier this period: the coupon still ran on 25,000
        PoolAsset loan = loan("25000");
        loan.collect(new BigDecimal("20000"), BigDecimal.ZERO, BigDecimal.ZERO);
        PoolQueries.Collected earlier = collected("500", "20000", "0");
        assertAccepted(loan, earlier, line("62.5", "0", "0", "0"));
        assertRefused(loan, earlier, line("62.51", "0", "0", "0"), "pool/interest-above-coupon", "lines[3].interest");
    }

    @Test
    void principalAndDefaultsAreBoundedByWhatIsOutstanding() {
        assertRefused(loan("25000"), NOTHING, line("0", "25000.01", "0", "0"), "pool/more-than-par",
                "lines[3].principal");
        assertRefused(loan("25000"), NOTHING, line("0", "5000", "20000.01", "0"), "pool/more-than-par",
                "lines[3].defaulted");
        assertAccepted(loan("25000"), NOTHING, line("187.5", "5000", "20000", "9000"));
        assertRefused(loan("25000"), NOTHING, line("0", "0", "100", "100.01"), "pool/recovery-above-default",
                "lines[3].recovered");
    }

    @Test
    void aLoanRepaidOrDefaultedInFullTakesNoMoreReports() {
        PoolAsset repaid = loan("25000");
        repaid.collect(new BigDecimal("25000"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertRefused(repaid, collected("0", "25000", "0"), line("0", "0", "0", "0"), "pool/loan-closed",
                "lines[3].asset");
    }

    private static void assertRefused(PoolAsset loan, PoolQueries.Collected soFar, ServicerReport.Line line,
                                      String type, String field) {
        assertThatThrownBy(() -> ServicerLineBounds.check("lines[3]", loan, soFar, line, 12, 6))
                .isInstanceOfSatisfying(ClearingException.class, e -> {
                    assertThat(e.problemType()).isEqualTo(type);
                    assertThat(e.field()).isEqualTo(field);
                });
    }

    private static void assertAccepted(PoolAsset loan, PoolQueries.Collected soFar, ServicerReport.Line line) {
        assertThatCode(() -> ServicerLineBounds.check("lines[3]", loan, soFar, line, 12, 6))
                .doesNotThrowAnyException();
    }

    private static PoolAsset loan(String par) {
        return PoolAsset.loan(1, "LOAN-02", new BigDecimal(par), new BigDecimal("0.09"), LocalDate.of(2029, 12, 31),
                new BigDecimal("0.03"), new BigDecimal("0.4"));
    }

    private static PoolQueries.Collected collected(String interest, String principal, String defaulted) {
        return new PoolQueries.Collected(new BigDecimal(interest), new BigDecimal(principal),
                new BigDecimal(defaulted), BigDecimal.ZERO);
    }

    private static ServicerReport.Line line(String interest, String principal, String defaulted, String recovered) {
        return new ServicerReport.Line("LOAN-02", new BigDecimal(interest), new BigDecimal(principal),
                new BigDecimal(defaulted), new BigDecimal(recovered));
    }
}
