package io.clearstone.instruments.spi;

import java.util.List;

/**
 * The shocks a risk array is computed under: relative moves of the underlying index (−0.16 … +0.16) crossed with
 * absolute moves of volatility (e.g. −0.05, 0, +0.05).
 */
public record ScenarioGrid(List<Double> priceMoves, List<Double> volatilityMoves) {

    public ScenarioGrid {
        priceMoves = List.copyOf(priceMoves);
        volatilityMoves = List.copyOf(volatilityMoves);
        if (priceMoves.isEmpty() || volatilityMoves.isEmpty()) {
            throw new IllegalArgumentException("a scenario grid needs at least one price and one volatility move");
        }
    }
}
