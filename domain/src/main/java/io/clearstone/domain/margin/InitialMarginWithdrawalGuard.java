package io.clearstone.domain.margin;

import java.util.OptionalDouble;

import io.clearstone.domain.funds.WithdrawalAttempt;
import io.clearstone.domain.funds.WithdrawalGuard;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refuses a withdrawal that would leave an account with positions below its initial margin: the equity after it is
 * today's equity less the collateral value the withdrawn amount carried (amount × index × collateral weight). An account whose
 * positions cannot be priced cannot withdraw from under them either.
 */
@ApplicationScoped
public class InitialMarginWithdrawalGuard implements WithdrawalGuard {

    @Inject
    MarginCalculator calculator;
    @Inject
    MarketSnapshots markets;

    @Override
    public void check(WithdrawalAttempt attempt) {
        long accountId = attempt.account().id();
        if (calculator.openPositions(accountId).isEmpty()) {
            return;
        }
        MarketSnapshot market = markets.current();
        MarginAssessment before = calculator.assess(accountId, market);
        OptionalDouble price = market.indexPrice(attempt.asset().oracleSymbol());
        double withdrawnValue = price.isEmpty() ? 0 : attempt.amount().doubleValue() * price.getAsDouble()
                * attempt.asset().collateralWeight().doubleValue();
        double equityAfter = before.equityUsd() - withdrawnValue;
        if (equityAfter < before.initialMarginUsd()) {
            throw new InsufficientMarginException(accountId, equityAfter, before.initialMarginUsd(), "amount");
        }
    }
}
