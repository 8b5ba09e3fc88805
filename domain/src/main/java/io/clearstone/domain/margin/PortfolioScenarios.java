package io.clearstone.domain.margin;

import java.util.List;

import io.clearstone.instruments.spi.ScenarioGrid;

/**
 * The scenarios of portfolio margin, after CME SPAN and Deribit: the underlying moves by 0, ±1/3, ±2/3 and ±1 of the
 * price scan range (16% by default), each with volatility up, unchanged and down (±{@code volatilityShift}, absolute),
 * plus two extreme moves of ±2 × the range whose losses count at {@code extremeWeight} (35%, as in SPAN).
 *
 * @param scanRange       the largest ordinary price move, e.g. 0.16
 * @param volatilityShift the volatility move, e.g. 0.10 (ten vol points)
 * @param extremeWeight   the fraction of an extreme move's loss that counts, e.g. 0.35
 */
public record PortfolioScenarios(double scanRange, double volatilityShift, double extremeWeight) {

    public static final PortfolioScenarios STANDARD = new PortfolioScenarios(0.16, 0.10, 0.35);

    private static final double[] FRACTIONS_OF_RANGE = {-2, -1, -2.0 / 3, -1.0 / 3, 0, 1.0 / 3, 2.0 / 3, 1, 2};

    public PortfolioScenarios {
        if (!(scanRange > 0 && scanRange < 0.5) || volatilityShift < 0 || !(extremeWeight >= 0 && extremeWeight <= 1)) {
            throw new IllegalArgumentException("need 0 < scan range < 0.5, volatility shift >= 0, weight in [0, 1]");
        }
    }

    public ScenarioGrid grid() {
        List<Double> moves = java.util.Arrays.stream(FRACTIONS_OF_RANGE).map(f -> f * scanRange).boxed().toList();
        return new ScenarioGrid(moves, List.of(volatilityShift, 0.0, -volatilityShift));
    }

    /** How much of a loss in price row {@code p} of {@link #grid()} counts. */
    public double weight(int priceRow) {
        return Math.abs(FRACTIONS_OF_RANGE[priceRow]) > 1 ? extremeWeight : 1;
    }
}
