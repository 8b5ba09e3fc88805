package io.clearstone.instruments.spi;

/**
 * A position's profit (positive) or loss (negative) under each scenario of a grid, in its settlement asset, relative
 * to its value now: {@code pnl[p][v]} for price move {@code p} and volatility move {@code v}. A scenario that moves
 * nothing has zero P&L; a long position with positive delta gains when the price rises.
 */
public record RiskArray(ScenarioGrid grid, double[][] pnl) {

    public RiskArray {
        if (pnl.length != grid.priceMoves().size()) {
            throw new IllegalArgumentException("one row per price move");
        }
        for (double[] row : pnl) {
            if (row.length != grid.volatilityMoves().size()) {
                throw new IllegalArgumentException("one column per volatility move");
            }
        }
    }

    /** The most negative P&L across the grid (zero if no scenario loses). */
    public double worstLoss() {
        double worst = 0;
        for (double[] row : pnl) {
            for (double value : row) {
                worst = Math.min(worst, value);
            }
        }
        return worst;
    }
}
