package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A period's waterfall as run: what was collected, each tranche's line and what each holder was paid.
 *
 * @param payments what each holder of each tranche was paid, in the settlement asset
 */
public record WaterfallView(long poolId, int period, Instant ranAt, Long journalId, BigDecimal interestCollected,
                            BigDecimal principalCollected, BigDecimal defaulted, BigDecimal recovered,
                            BigDecimal reserveUsed, BigDecimal reserveToppedUp, List<Tranche> tranches,
                            List<Payment> payments) {

    /** Cash to one holder of one tranche's notes. */
    public record Payment(String tranche, long accountId, BigDecimal notes, BigDecimal amount) {
    }

    /** One tranche's line. */
    public record Tranche(String name, BigDecimal interestDue, BigDecimal interestPaid, BigDecimal writtenDown,
                          BigDecimal principalPaid, BigDecimal residual, BigDecimal balanceAfter) {
    }
}
