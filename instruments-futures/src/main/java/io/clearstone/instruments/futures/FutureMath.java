package io.clearstone.instruments.futures;

/**
 * A dated future's risk formulas, in {@code double}. The money that moves (variation margin) is computed exactly by
 * {@link ResolvedFuture#closingPnl}; these value and margin positions.
 */
final class FutureMath {

    private FutureMath() {
    }

    /** Linear P&L in the quote asset: coins × (price − reference); coins negative for a short. */
    static double linearPnl(double coins, double reference, double price) {
        return coins * (price - reference);
    }

    /** Inverse P&L in coin: USD × (1/reference − 1/price); USD negative for a short. */
    static double inversePnl(double usd, double reference, double price) {
        return usd * (1 / reference - 1 / price);
    }

    /**
     * The index at which a linear position of {@code coins} (negative short) struck at {@code reference} and backed by
     * {@code margin} falls to its maintenance margin, counted on the notional at that price:
     * margin + coins·(P − reference) = |coins|·P·MMR − amount, so P = (margin + amount − coins·reference) /
     * (|coins|·MMR − coins).
     */
    static double linearLiquidation(double coins, double reference, double margin, double maintenanceRate,
                                    double maintenanceAmount) {
        return (margin + maintenanceAmount - coins * reference) / (Math.abs(coins) * maintenanceRate - coins);
    }

    /**
     * The same for an inverse position of {@code usd} (negative short), in coin: its maintenance (|usd|·MMR − amount)
     * USD is worth that / P coin, so margin + usd·(1/reference − 1/P) = (|usd|·MMR − amount) / P gives
     * P = (usd + |usd|·MMR − amount) / (margin + usd / reference). NaN, infinite or negative when no price would do it
     * (a short backed by more than its notional in coin).
     */
    static double inverseLiquidation(double usd, double reference, double margin, double maintenanceRate,
                                     double maintenanceAmount) {
        return (usd + Math.abs(usd) * maintenanceRate - maintenanceAmount) / (margin + usd / reference);
    }
}
