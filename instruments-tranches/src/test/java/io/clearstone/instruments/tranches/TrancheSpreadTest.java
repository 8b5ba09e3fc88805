package io.clearstone.instruments.tranches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hull and White's five-year CDO on 100 names (hazard 1%, recovery 40%): fair spreads in basis points. Their
 * integration and accrual conventions are not all published; with quarterly premiums, 5% rates and protection at
 * mid-period we land within 2.5% of each (and within 1 bp of the senior tranche).
 */
class TrancheSpreadTest {

    @ParameterizedTest(name = "ρ = {0}, {1}–{2}: {3} bp")
    @CsvSource({
            "0.1, 0.00, 0.03, 2279",
            "0.1, 0.03, 0.06, 450",
            "0.1, 0.06, 0.10, 89",
            "0.1, 0.10, 1.00, 1",
            "0.3, 0.00, 0.03, 1487",
            "0.3, 0.03, 0.06, 472",
            "0.3, 0.06, 0.10, 203",
            "0.3, 0.10, 1.00, 7"})
    void hullWhiteFiveYearSpreads(double correlation, double attachment, double detachment, double basisPoints) {
        HomogeneousPool pool = new HomogeneousPool(100, 0.01, 0.4, correlation);
        double spread = TrancheSpread.fair(pool, new TrancheLoss(attachment, detachment), 5, 4, 0.05) * 10_000;
        assertThat(spread).isCloseTo(basisPoints, within(Math.max(0.025 * basisPoints, 1.0)));
    }
}
