package io.clearstone.domain.ledger;

/** Why value moved. Later capabilities (premiums, funding, liquidation, settlement) add their own types. */
public enum JournalType {
    DEPOSIT, WITHDRAWAL, INSURANCE_CONTRIBUTION, PREMIUM, SETTLEMENT, REALIZED_PNL, FUNDING,
    LIQUIDATION_PENALTY, INSURANCE_PAYOUT, COLLATERAL_SEIZURE, DELEVERAGING_LOSS, SOCIALIZED_LOSS,
    SECURITIZATION, SERVICER_COLLECTION, WATERFALL
}
