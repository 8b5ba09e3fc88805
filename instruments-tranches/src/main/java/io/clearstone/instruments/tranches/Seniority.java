package io.clearstone.instruments.tranches;

/** Where a tranche stands in the waterfall, for the haircut its notes get as collateral. */
public enum Seniority {
    SENIOR, MEZZANINE, EQUITY
}
