package io.clearstone.domain.valuation;

import java.time.Clock;
import java.time.Instant;

import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.MarketRates;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.oracle.VolatilitySurfaceService;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The market as plugins see it, now: usable (fresh) index prices, the configured USD rate ({@link MarketRates}),
 * and the volatility surfaces. A stale index is left out,
 * so nothing is valued with it.
 */
@ApplicationScoped
public class MarketSnapshots {

    @EJB
    OracleService oracle;
    @EJB
    VolatilitySurfaceService surfaces;
    @Inject
    Clock clock;
    @Inject
    MarketRates rates;

    public MarketSnapshot current() {
        Instant now = clock.instant();
        MarketSnapshot.Builder market = MarketSnapshot.at(now).rate("USD", rates.usdRate());
        oracle.indices().stream().filter(IndexView::usable)
                .forEach(i -> market.index(i.symbol(), i.price().doubleValue()));
        surfaces.surfacesAt(now).forEach(market::surface);
        return market.build();
    }
}
