package io.clearstone.domain.margin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.instruments.spi.ScenarioGrid;

class PortfolioMarginCalculatorTest {

    private static final PortfolioScenarios SCENARIOS = PortfolioScenarios.STANDARD;
    private static final PortfolioMarginCalculator CALCULATOR = new PortfolioMarginCalculator(SCENARIOS, 0.3);
    private static final double SPOT = 100;

    @Test
    void theGridIsSpanLikeNinePriceMovesByThreeVolatilityMoves() {
        ScenarioGrid grid = SCENARIOS.grid();
        assertThat(grid.priceMoves()).hasSize(9);
        assertThat(grid.priceMoves().get(0)).isCloseTo(-0.32, within(1e-12));
        assertThat(grid.priceMoves().get(3)).isCloseTo(-0.16 / 3, within(1e-12));
        assertThat(grid.volatilityMoves()).containsExactly(0.10, 0.0, -0.10);
        assertThat(SCENARIOS.weight(0)).isEqualTo(0.35);
        assertThat(SCENARIOS.weight(1)).isEqualTo(1);
    }

    @Test
    void aLinearLongNeedsTheFullScanRangeBecauseTheExtremeMoveCountsAt35Percent() {
        // 16% of 100 beats 35% of 32% of 100 (11.2)
        UnderlyingRisk risk = only(CALCULATOR.maintenance(List.of(position(1, "BTC-USD", (move, vol) -> 100 * move,
                false))));
        assertThat(risk.maintenanceUsd()).isCloseTo(16, within(1e-9));
        assertThat(risk.priceMove()).isCloseTo(-0.16, within(1e-12));
    }

    @Test
    void aFarOutOfTheMoneyShortCallIsDrivenByTheWeightedExtremeMove() {
        // strike 120: nothing lost at +16%, 12 at +32% of which 35% counts
        UnderlyingRisk risk = only(CALCULATOR.maintenance(List.of(position(1, "BTC-USD",
                (move, vol) -> -Math.max(SPOT * (1 + move) - 120, 0), false))));
        assertThat(risk.maintenanceUsd()).isCloseTo(4.2, within(1e-9));
        assertThat(risk.priceMove()).isCloseTo(0.32, within(1e-12));
    }

    @Test
    void aHedgeOffsetsWhatItHedgesOnTheSameUnderlyingButNotAcrossUnderlyings() {
        ScenarioRisk longBtc = position(1, "BTC-USD", (move, vol) -> 100 * move, false);
        ScenarioRisk shortBtc = position(2, "BTC-USD", (move, vol) -> -100 * move, false);
        assertThat(only(CALCULATOR.maintenance(List.of(longBtc, shortBtc))).maintenanceUsd()).isZero();
        ScenarioRisk shortEth = position(3, "ETH-USD", (move, vol) -> -100 * move, false);
        List<UnderlyingRisk> risks = CALCULATOR.maintenance(List.of(longBtc, shortEth));
        assertThat(risks).extracting(UnderlyingRisk::underlying).containsExactly("BTC-USD", "ETH-USD");
        assertThat(risks.stream().mapToDouble(UnderlyingRisk::maintenanceUsd).sum()).isCloseTo(32, within(1e-9));
    }

    @Test
    void volatilityMovesCountAndTheDriversAreRankedByLoss() {
        // a short straddle-like position loses 2 per vol point up, plus a small long hedge losing on down-moves
        ScenarioRisk shortVol = position(7, "BTC-USD", (move, vol) -> -20 * vol - 10 * Math.abs(move), false);
        ScenarioRisk longDelta = position(8, "BTC-USD", (move, vol) -> 5 * move, false);
        UnderlyingRisk risk = only(CALCULATOR.maintenance(List.of(longDelta, shortVol)));
        // worst: −16% with vol up: 2 + 1.6 + 0.8 = 4.4
        assertThat(risk.volatilityMove()).isEqualTo(0.10);
        assertThat(risk.priceMove()).isCloseTo(-0.16, within(1e-12));
        assertThat(risk.maintenanceUsd()).isCloseTo(4.4, within(1e-9));
        assertThat(risk.drivers()).extracting(UnderlyingRisk.Driver::instrumentId).containsExactly(7L, 8L);
    }

    @Test
    void shortOptionsCloseToExpiryAddAContingencyOnTheirOwnWorstLoss() {
        ScenarioRisk expiring = position(1, "BTC-USD", (move, vol) -> -100 * Math.max(move, 0), true);
        UnderlyingRisk risk = only(CALCULATOR.maintenance(List.of(expiring)));
        assertThat(risk.scenarioLossUsd()).isCloseTo(16, within(1e-9));
        assertThat(risk.contingencyUsd()).isCloseTo(0.3 * 16, within(1e-9));
        assertThat(risk.maintenanceUsd()).isCloseTo(20.8, within(1e-9));
    }

    @ParameterizedTest(name = "equity {0}, MM {1} → {2}")
    @CsvSource({
            "1000, 250, HEALTHY",
            "1000, 799, HEALTHY",
            "1000, 800, MARGIN_CALL",
            "1000, 1000, MARGIN_CALL",
            "1000, 1001, LIQUIDATION",
            "0, 250, BANKRUPT",
            "-1, 250, BANKRUPT",
            "0, 0, HEALTHY",
            "-5, 0, BANKRUPT"})
    void statesFollowTheMarginRatio(double equity, double maintenance, MarginState state) {
        assertThat(MarginState.of(equity, maintenance, 0.8)).isEqualTo(state);
    }

    private static ScenarioRisk position(long instrument, String underlying, DoubleBinaryOperator pnl,
                                         boolean shortDated) {
        ScenarioGrid grid = SCENARIOS.grid();
        double[][] array = new double[grid.priceMoves().size()][grid.volatilityMoves().size()];
        for (int p = 0; p < array.length; p++) {
            for (int v = 0; v < array[p].length; v++) {
                array[p][v] = pnl.applyAsDouble(grid.priceMoves().get(p), grid.volatilityMoves().get(v));
            }
        }
        return new ScenarioRisk(instrument, underlying, array, shortDated);
    }

    private static UnderlyingRisk only(List<UnderlyingRisk> risks) {
        assertThat(risks).hasSize(1);
        return risks.get(0);
    }
}
