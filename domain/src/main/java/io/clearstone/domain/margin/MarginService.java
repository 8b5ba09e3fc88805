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

    /**
     * The account re-assessed with {@code underlying}'s index moved by each of {@code steps} evenly spaced relative
     * moves from −{@code range} to +{@code range}.
     */
    public MarginProfile profile(Caller caller, long accountId, String underlying, double range, int steps) {
        access.readable(caller, accountId);
        if (!(range > 0 && range < 1) || steps < 2 || steps > 101) {
            throw new io.clearstone.domain.shared.InvalidRequestException("request/invalid-parameter",
                    "Invalid parameter", "range", "need 0 < range < 1 and 2 ≤ steps ≤ 101");
        }
        io.clearstone.instruments.spi.MarketSnapshot market = markets.current();
        double now = market.indexPrice(underlying).orElseThrow(() -> new io.clearstone.domain.shared
                .InvalidRequestException("oracle/index-stale", "No usable index", "underlying",
                "no usable index " + underlying));
        java.util.List<MarginProfile.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double move = -range + 2 * range * i / (steps - 1);
            MarginAssessment moved = calculator.assess(accountId, market.shocked(underlying, move, 0));
            points.add(new MarginProfile.Point(move, now * (1 + move), moved.equityUsd(), moved.initialMarginUsd(),
                    moved.maintenanceUsd(), moved.state()));
        }
        return new MarginProfile(accountId, underlying, now, points);
    }
}
