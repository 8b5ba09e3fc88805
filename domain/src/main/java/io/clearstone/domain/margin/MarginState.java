package io.clearstone.domain.margin;

/**
 * Where an account stands, from its equity E and maintenance margin MM, by the margin ratio MM / E:
 * BANKRUPT when E ≤ 0 and it has positions or debt to answer for; LIQUIDATION when E < MM (ratio above 1);
 * MARGIN_CALL when the ratio reaches the warning level (80% by default); HEALTHY otherwise. Initial margin is a
 * separate gate: an account below it may not add risk, whatever its state.
 * <p>
 * UNPRICED: some position cannot be valued now (its index is stale, or it was never priced), so neither equity nor
 * maintenance is known. A clearing house does not call such an account safe, nor close it out on a partial or stale
 * valuation (closing at a price it does not have is the one thing worse than waiting): it keeps the account under
 * watch, reports it to risk, and decides again the moment the missing price returns. Never given by {@link #of}.
 */
public enum MarginState {
    HEALTHY, MARGIN_CALL, LIQUIDATION, BANKRUPT, UNPRICED;

    /** MM / E, or null when equity is not positive (the ratio means nothing then). */
    public static Double ratio(double equity, double maintenance) {
        return equity > 0 ? maintenance / equity : null;
    }

    public static MarginState of(double equity, double maintenance, double marginCallRatio) {
        if (equity <= 0 && (maintenance > 0 || equity < 0)) {
            return BANKRUPT;
        }
        if (equity < maintenance) {
            return LIQUIDATION;
        }
        if (maintenance > 0 && maintenance >= marginCallRatio * equity) {
            return MARGIN_CALL;
        }
        return HEALTHY;
    }

    /** Whether an account in this state must be liquidated (below maintenance, or bankrupt). */
    public boolean requiresLiquidation() {
        return this == LIQUIDATION || this == BANKRUPT;
    }
}
