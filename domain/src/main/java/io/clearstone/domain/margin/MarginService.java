package io.clearstone.domain.margin;

import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.valuation.MarketSnapshots;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** An account's margin as its owner or a risk officer reads it. */
@Stateless
public class MarginService {

    @Inject
    AccountAccess access;
    @Inject
    MarginCalculator calculator;
    @Inject
    MarketSnapshots markets;

    public MarginAssessment margin(Caller caller, long accountId) {
        access.readable(caller, accountId);
        return calculator.assess(accountId, markets.current());
    }
}
