package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.instruments.spi.OptionPriceModel;
import io.clearstone.instruments.spi.YearFraction;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Implied volatilities of an option chain, by the installed {@link OptionPriceModel} (the options plugin's Black-76
 * with its Halley solver), with the forward S·e^(rT) (no carry) and years ACT/365 from now. A quote no volatility
 * reproduces (a price outside the no-arbitrage bounds, an expired option) gets a problem of its own and the others
 * their volatilities; only storing the result as the underlying's surface needs every quote solved.
 */
@Stateless
public class ImpliedVolatilityService {

    static final String PRICE_OUTSIDE_BOUNDS = "/problems/oracle/price-outside-bounds";
    static final String QUOTE_EXPIRED = "/problems/oracle/quote-expired";
    /** What a stored surface point holds (SurfacePoint's bound). */
    private static final double HIGHEST_STORABLE_VOLATILITY = 10;

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    MarketRates rates;
    @Inject
    OptionPriceModels models;
    @EJB
    OracleService oracle;
    @EJB
    VolatilitySurfaceService surfaces;

    public ImpliedVolatilityView imply(Caller caller, @NotNull @Valid ImpliedVolatilityRequest request) {
        String underlying = request.underlying();
        if (em.find(OracleSymbol.class, underlying) == null) {
            throw new InvalidRequestException("oracle/unknown-symbol", "Unknown oracle symbol", "underlying",
                    "no listed asset is priced by " + underlying);
        }
        OptionPriceModel model = models.installed().orElseThrow(() -> new ConflictException(
                "oracle/no-option-model", "No option price model", null,
                "no installed plugin offers an option price model to imply volatilities with"));
        if (Boolean.TRUE.equals(request.store())) {
            surfaces.requireReporter(caller, underlying); // refused before any quote is looked at
        }
        BigDecimal spot = request.spot() != null ? request.spot() : freshIndex(underlying);
        double rate = request.rate() != null ? request.rate().doubleValue() : rates.usdRate();
        Instant now = clock.instant();
        List<QuoteVolatility> results = new ArrayList<>();
        for (int i = 0; i < request.quotes().size(); i++) {
            results.add(solve(model, request.quotes().get(i), "quotes[" + i + "]", spot.doubleValue(), rate, now));
        }
        SurfaceView stored = Boolean.TRUE.equals(request.store())
                ? store(caller, underlying, results, spot.doubleValue(), rate, now) : null;
        return new ImpliedVolatilityView(underlying, spot, rate, model.name(), now, results, stored);
    }

    private BigDecimal freshIndex(String underlying) {
        IndexView index = oracle.index(underlying);
        if (!index.usable()) {
            throw new ConflictException("oracle/index-stale", "Index stale", "spot", "the index of " + underlying
                    + " is stale or unset: give the underlying's price the quotes were taken against as spot");
        }
        return index.price();
    }

    private static QuoteVolatility solve(OptionPriceModel model, OptionQuote quote, String field, double spot,
                                         double rate, Instant now) {
        double years = YearFraction.act365(now, quote.expiry());
        if (!(years > 0)) {
            return answer(quote, null, new QuoteProblem(QUOTE_EXPIRED, "Option expired",
                    "the option expired at " + quote.expiry() + ": no time value to imply a volatility from",
                    field + ".expiry"));
        }
        try {
            double volatility = model.impliedVolatility(quote.price().doubleValue(), spot,
                    quote.strike().doubleValue(), years, rate, 0, quote.right() == OptionRight.CALL);
            return answer(quote, volatility, null);
        } catch (IllegalArgumentException outsideBounds) {
            return answer(quote, null, new QuoteProblem(PRICE_OUTSIDE_BOUNDS, "Price outside the no-arbitrage bounds",
                    outsideBounds.getMessage(), field + ".price"));
        }
    }

    private static QuoteVolatility answer(OptionQuote quote, Double volatility, QuoteProblem problem) {
        return new QuoteVolatility(quote.expiry(), quote.strike(), quote.right(), quote.price(), volatility, problem);
    }

    private SurfaceView store(Caller caller, String underlying, List<QuoteVolatility> results, double spot,
                              double rate, Instant now) {
        List<QuoteProblem> unsolved = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            QuoteVolatility result = results.get(i);
            if (result.problem() != null) {
                unsolved.add(result.problem());
            } else if (!(BigDecimal.valueOf(result.volatility()).setScale(8, RoundingMode.HALF_EVEN).signum() > 0)
                    || result.volatility() > HIGHEST_STORABLE_VOLATILITY) {
                unsolved.add(new QuoteProblem("/problems/oracle/invalid-surface", "Volatility beyond a surface's",
                        "implies a volatility of " + result.volatility() + ", outside (0, 10] that a surface holds",
                        "quotes[" + i + "].price"));
            }
        }
        if (!unsolved.isEmpty()) {
            throw new UnsolvedQuotesException(unsolved);
        }
        ImpliedSurfacePoints.Selection selection = ImpliedSurfacePoints.of(results,
                expiry -> spot * Math.exp(rate * YearFraction.act365(now, expiry)));
        return surfaces.store(caller, underlying, selection.points(), spot, rate,
                i -> "quotes[" + selection.quoteIndices().get(i) + "].price");
    }
}
