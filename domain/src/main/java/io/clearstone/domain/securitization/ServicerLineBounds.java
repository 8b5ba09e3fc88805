package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;

/**
 * What one line of a servicer report may claim of a loan, given the loan's state: a servicer is trusted to report,
 * not to invent. Interest is at most the coupon on the par outstanding at the period's start for
 * {@value #INTEREST_PERIODS} periods (this one and up to two in arrears, so a late payer can catch up), counting what
 * earlier reports of the period already booked on the loan; principal at most the outstanding par; a default at most
 * what the principal leaves; a recovery at most the line's default. A loan fully repaid or defaulted takes no more
 * reports.
 */
final class ServicerLineBounds {

    /** The current period plus two in arrears. */
    static final int INTEREST_PERIODS = 3;

    private ServicerLineBounds() {
    }

    /**
     * @param field     the line's field prefix, e.g. {@code lines[0]}
     * @param soFar     what earlier reports of the open period booked on this loan
     * @param decimals  the settlement asset's decimals: the interest bound is rounded up to them
     */
    static void check(String field, PoolAsset loan, PoolQueries.Collected soFar, ServicerReport.Line line,
                      int periodsPerYear, int decimals) {
        BigDecimal outstanding = loan.par();
        if (outstanding.signum() == 0) {
            throw new ConflictException("pool/loan-closed", "Loan closed", field + ".asset", "loan " + loan.name()
                    + " has been repaid or defaulted in full; it takes no more reports");
        }
        BigDecimal parAtPeriodStart = outstanding.add(soFar.principal()).add(soFar.defaulted());
        BigDecimal maxInterest = parAtPeriodStart.multiply(loan.coupon()).multiply(BigDecimal.valueOf(INTEREST_PERIODS))
                .divide(BigDecimal.valueOf(periodsPerYear), decimals, RoundingMode.CEILING);
        if (soFar.interest().add(line.interest()).compareTo(maxInterest) > 0) {
            throw new InvalidRequestException("pool/interest-above-coupon", "Interest above the coupon",
                    field + ".interest", "interest on " + loan.name() + " this period is at most "
                    + maxInterest.toPlainString() + " (coupon " + loan.coupon().toPlainString() + " on "
                    + parAtPeriodStart.toPlainString() + " for " + INTEREST_PERIODS + " of " + periodsPerYear
                    + " periods a year)" + (soFar.interest().signum() > 0 ? "; " + soFar.interest().toPlainString()
                    + " was already reported" : ""));
        }
        if (line.principal().compareTo(outstanding) > 0) {
            throw new InvalidRequestException("pool/more-than-par", "More than the loan's par", field + ".principal",
                    "principal exceeds the " + outstanding.toPlainString() + " still outstanding on " + loan.name());
        }
        BigDecimal defaultable = outstanding.subtract(line.principal());
        if (line.defaulted().compareTo(defaultable) > 0) {
            throw new InvalidRequestException("pool/more-than-par", "More than the loan's par", field + ".defaulted",
                    "the default exceeds the " + defaultable.toPlainString() + " of " + loan.name()
                    + " outstanding after the principal repaid");
        }
        if (line.recovered().compareTo(line.defaulted()) > 0) {
            throw new InvalidRequestException("pool/recovery-above-default", "Recovery above the default",
                    field + ".recovered", "a recovery is reported with its default and cannot exceed it");
        }
    }
}
