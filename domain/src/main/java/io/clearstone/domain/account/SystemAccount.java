package io.clearstone.domain.account;

/**
 * Accounts the platform itself holds. Settlement is the clearing house's side of expiry and funding cash flows (it
 * keeps only rounding residue). External custody is the outside world: a deposit moves value from it into a
 * user account and a withdrawal back, so its balance is the negative of everything held on the platform.
 */
public enum SystemAccount {
    EXTERNAL_CUSTODY, INSURANCE_FUND, FEES, SETTLEMENT
}
