package io.clearstone.domain.liquidation;

/** What one liquidation event did to one account. */
public enum LiquidationKind {
    /** Part of a position moved to the backstop at the mark, a penalty paid to the insurance fund. */
    PARTIAL_LIQUIDATION,
    /** A bankrupt account's position closed (to the backstop, or to deleveraged holders). */
    BANKRUPTCY_CLOSE,
    /** This account's profitable position was reduced to take over a bankrupt one. */
    DELEVERAGED,
    /** A bankrupt account's remaining assets taken by the insurance fund. */
    COLLATERAL_SEIZED,
    /** The insurance fund paid a bankrupt account's debt in an asset. */
    INSURANCE_PAYMENT,
    /** This account bore part of a shortfall the fund could not pay, as a deleveraged holder. */
    DELEVERAGING_LOSS,
    /** This account bore part of a shortfall the fund could not pay, as a profitable holder. */
    SOCIALIZED_LOSS,
    /** A debt nobody could cover (no fund, no profitable holders): left on the account and reported. */
    UNCOVERED_DEFICIT
}
