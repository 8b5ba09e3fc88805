package io.clearstone.domain.margin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.clearstone.instruments.spi.ScenarioGrid;

/**
 * Portfolio maintenance margin from scenario P&L (pure, {@code double}). Per underlying, the positions' USD risk
 * arrays are summed scenario by scenario (so a hedge offsets what it hedges); the maintenance margin is the worst
 * weighted loss (extreme moves counted at their fraction), plus, for short options close to expiry, a contingency of
 * {@code shortDatedContingency} × their own worst loss, since their risk changes faster than the scan range assumes.
 * Underlyings are summed with no diversification credit between them.
 */
public final class PortfolioMarginCalculator {

    private final PortfolioScenarios scenarios;
    private final double shortDatedContingency;

    public PortfolioMarginCalculator(PortfolioScenarios scenarios, double shortDatedContingency) {
        this.scenarios = scenarios;
        this.shortDatedContingency = shortDatedContingency;
    }

    public List<UnderlyingRisk> maintenance(List<ScenarioRisk> positions) {
        Map<String, List<ScenarioRisk>> byUnderlying = new TreeMap<>();
        positions.forEach(p -> byUnderlying.computeIfAbsent(p.underlying(), u -> new ArrayList<>()).add(p));
        List<UnderlyingRisk> risks = new ArrayList<>();
        byUnderlying.forEach((underlying, group) -> risks.add(underlying(underlying, group)));
        return risks;
    }

    private UnderlyingRisk underlying(String underlying, List<ScenarioRisk> group) {
        ScenarioGrid grid = scenarios.grid();
        int rows = grid.priceMoves().size();
        int columns = grid.volatilityMoves().size();
        double worst = 0;
        int worstRow = rows / 2;
        int worstColumn = 1;
        for (int p = 0; p < rows; p++) {
            for (int v = 0; v < columns; v++) {
                double loss = 0;
                for (ScenarioRisk position : group) {
                    loss -= position.pnlUsd()[p][v];
                }
                loss *= scenarios.weight(p);
                if (loss > worst) {
                    worst = loss;
                    worstRow = p;
                    worstColumn = v;
                }
            }
        }
        double contingency = 0;
        Map<Long, Double> drivers = new LinkedHashMap<>();
        for (ScenarioRisk position : group) {
            drivers.merge(position.instrumentId(), -position.pnlUsd()[worstRow][worstColumn] * scenarios.weight(worstRow),
                    Double::sum);
            if (position.shortDated()) {
                contingency += shortDatedContingency * ownWorstLoss(position);
            }
        }
        List<UnderlyingRisk.Driver> ranked = drivers.entrySet().stream()
                .map(e -> new UnderlyingRisk.Driver(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(UnderlyingRisk.Driver::lossUsd).reversed()).toList();
        return new UnderlyingRisk(underlying, grid.priceMoves().get(worstRow), grid.volatilityMoves().get(worstColumn),
                worst, contingency, worst + contingency, ranked);
    }

    private double ownWorstLoss(ScenarioRisk position) {
        double worst = 0;
        for (int p = 0; p < position.pnlUsd().length; p++) {
            for (double pnl : position.pnlUsd()[p]) {
                worst = Math.max(worst, -pnl * scenarios.weight(p));
            }
        }
        return worst;
    }
}
