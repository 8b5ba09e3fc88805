package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published examples (../shared/reference-values.md). */
class PerpetualMathTest {

    @Test
    void inversePnlOfALongFrom8000To12500() {
        assertThat(PerpetualMath.inversePnl(10_000, 1, 8_000, 12_500)).isCloseTo(0.45, within(1e-12));
        assertThat(PerpetualMath.inversePnl(-10_000, 1, 8_000, 12_500)).isCloseTo(-0.45, within(1e-12));
    }

    @Test
    void linearPnl() {
        assertThat(PerpetualMath.linearPnl(2.5, 60_000, 61_000)).isEqualTo(2_500);
        assertThat(PerpetualMath.linearPnl(-2.5, 60_000, 61_000)).isEqualTo(-2_500);
    }

    @Test
    void inverseIsolatedLiquidationAt10xFrom2000() {
        assertThat(PerpetualMath.inverseLongLiquidation(2_000, 10, 0.005)).isCloseTo(1_826.48, within(0.005));
        assertThat(PerpetualMath.inverseShortLiquidation(2_000, 10, 0.005)).isCloseTo(2_209.94, within(0.005));
    }

    @Test
    void inverseLiquidationFromAMarginAgreesWithTheLeverageFormulas() {
        // 20,000 USD at 2,000 with 10x leverage is backed by 20,000 / (2,000 × 10) = 1 coin
        assertThat(PerpetualMath.inverseLiquidation(20_000, 2_000, 1, 0.005)).isCloseTo(1_826.48, within(0.005));
        assertThat(PerpetualMath.inverseLiquidation(-20_000, 2_000, 1, 0.005)).isCloseTo(2_209.94, within(0.005));
        // a short backed by more coin than it could ever lose has no liquidation price
        assertThat(PerpetualMath.inverseLiquidation(-20_000, 2_000, 11, 0.005)).isNegative();
    }

    @Test
    void binanceLinearIsolatedLiquidationExample() {
        // wallet 1,535,443.01, maintenance amount 135,365, 3,683.979 ETH long at 1,456.84, MMR 10% → 1,114.78
        assertThat(PerpetualMath.linearLiquidation(1_535_443.01, 135_365, 3_683.979, 1_456.84, 0.10))
                .isCloseTo(1_114.78, within(0.005));
    }

    @ParameterizedTest(name = "P = {0} → F = {1}")
    @CsvSource({"0.0010, 0.0005", "0.0002, 0.0001", "0.0001, 0.0001", "-0.0010, -0.0005", "0.0004, 0.0001"})
    void fundingRateClampsTheInterestPremiumSpread(double premium, double expected) {
        assertThat(PerpetualMath.fundingRate(premium, 0.0001, 0.0005)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void premiumIndexFromImpactPrices() {
        // impact bid above the index: positive premium; impact ask below: negative
        assertThat(PerpetualMath.premium(100.10, 100.20, 100)).isCloseTo(0.001, within(1e-12));
        assertThat(PerpetualMath.premium(99.80, 99.90, 100)).isCloseTo(-0.001, within(1e-12));
        assertThat(PerpetualMath.premium(99.95, 100.05, 100)).isZero();
    }

    @Test
    void dydxCapAndIntervalScaling() {
        assertThat(PerpetualMath.dydxFundingCap(0.02, 0.012)).isCloseTo(0.048, within(1e-15));
        // an 8-hour rate paid hourly is an eighth of it, then capped
        assertThat(PerpetualMath.intervalRate(0.0008, 1, 0.01)).isCloseTo(0.0001, within(1e-15));
        assertThat(PerpetualMath.intervalRate(0.08, 8, 0.0075)).isEqualTo(0.0075);
    }

    @Test
    void markPriceIgnoresAManipulatedVenueBeyondTheBand() {
        assertThat(PerpetualMath.markPrice(60_000, 30, 0.005)).isEqualTo(60_030);
        assertThat(PerpetualMath.markPrice(60_000, 6_000, 0.005)).isEqualTo(60_300);
        assertThat(PerpetualMath.markPrice(60_000, -6_000, 0.005)).isEqualTo(59_700);
    }

    @Test
    void bitmexRiskLimitsStepUpBothRates() {
        RiskLimits ladder = RiskLimits.stepped(200, 100, 3, 0.01, 0.005, 0.005);
        assertThat(ladder.tierFor(150).initialRate()).isCloseTo(0.01, within(1e-15));
        assertThat(ladder.tierFor(150).maintenanceRate()).isCloseTo(0.005, within(1e-15));
        assertThat(ladder.tierFor(250).initialRate()).isCloseTo(0.015, within(1e-15));
        assertThat(ladder.tierFor(450).maintenanceRate()).isCloseTo(0.02, within(1e-15));
        assertThat(ladder.tierFor(150).maxLeverage()).isCloseTo(100, within(1e-9));
        assertThatThrownBy(() -> ladder.tierFor(501)).hasMessageContaining("exceeds the largest risk limit");
    }

    @Test
    void tieredMaintenanceIsContinuousAcrossTierBoundaries() {
        RiskLimits ladder = RiskLimits.stepped(200, 100, 3, 0.01, 0.005, 0.005);
        for (double boundary : new double[] {200, 300, 400}) {
            RiskLimitTier below = ladder.tierFor(boundary);
            RiskLimitTier above = ladder.tierFor(boundary + 1e-9);
            double marginBelow = boundary * below.maintenanceRate() - below.maintenanceAmount();
            double marginAbove = boundary * above.maintenanceRate() - above.maintenanceAmount();
            assertThat(marginAbove).as("at " + boundary).isCloseTo(marginBelow, within(1e-9));
        }
    }
}
