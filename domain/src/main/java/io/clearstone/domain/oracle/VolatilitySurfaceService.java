package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.instruments.spi.OptionPriceModel;
import io.clearstone.instruments.spi.VolatilitySurface;
import io.clearstone.instruments.spi.YearFraction;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Volatility surfaces per underlying, pushed whole by the reporter of one of the underlying's registered
 * {@link SurfaceSource}s. A surface with static arbitrage (a negative density at some expiry, or total variance
 * falling with expiry at the same forward-moneyness: {@link SurfaceArbitrage}) or an expiry already past is refused
 * and the previous one stays. The surface itself ({@link VolatilitySurface}) also interpolates across expiries at a
 * fixed strike and refuses total variance falling there; with the default zero rate the two calendar tests coincide,
 * with a rate r the fixed-strike one is the interpolation's own requirement on top.
 */
@Stateless
public class VolatilitySurfaceService {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;
    @EJB
    OracleService oracle;
    @Inject
    MarketRates rates;
    @Inject
    OptionPriceModels models;

    /**
     * Checks the surface for static arbitrage ({@link SurfaceArbitrage}: butterfly per expiry, calendar at the same
     * forward-moneyness) against the underlying's index, the last one published even if stale (the check concerns
     * the surface's shape, and a surface may be replaced while the index waits for a quorum), and stores it.
     *
     * @param caller must be the reporter (an oracle principal, not an administrator) of a surface source of it
     */
    public SurfaceView push(Caller caller, String underlying, @NotNull @Valid SurfaceRequest request) {
        requireReporter(caller, underlying);
        Instant now = clock.instant();
        if (request.points().stream().anyMatch(p -> !p.expiry().isAfter(now))) {
            throw new InvalidRequestException("oracle/invalid-surface", "Invalid volatility surface", "points",
                    "every expiry must be in the future");
        }
        if (request.points().stream().anyMatch(p -> (p.strike() == null) == (p.delta() == null))) {
            throw new InvalidRequestException("oracle/invalid-surface", "Invalid volatility surface", "points",
                    "every point has either a strike or a call delta");
        }
        List<SurfacePoint> placed = placeDeltaQuotes(underlying, request.points(), now);
        IndexView index = oracle.index(underlying);
        if (index.price() == null) {
            throw new InvalidRequestException("oracle/invalid-surface", "Invalid volatility surface", "underlying",
                    "a surface is checked for arbitrage at the forwards of " + underlying
                            + "'s index, and no index of it has been published yet");
        }
        return store(caller, underlying, placed, index.price().doubleValue(), rates.usdRate(),
                i -> "points[" + i + "].volatility");
    }

    /**
     * Replaces the underlying's surface with points that have their strikes, after the arbitrage checks at the
     * forwards {@code spot·e^(rate·T)}; for the oracle's own services (a surface implied from option prices, at the
     * chain's spot and rate).
     *
     * @param fieldOf the request field to name for the point at each position, in a refusal
     */
    public SurfaceView store(Caller caller, String underlying, List<SurfacePoint> points, double spot, double rate,
                             IntFunction<String> fieldOf) {
        requireReporter(caller, underlying);
        Instant now = clock.instant();
        refuseArbitrage(points, now, spot, rate, fieldOf);
        try {
            surface(points, now);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("oracle/calendar-arbitrage", "Volatility surface refused", "points",
                    e.getMessage());
        }
        String json = JSON.toJson(points);
        StoredSurface stored = em.find(StoredSurface.class, underlying, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            em.persist(new StoredSurface(underlying, json, now));
        } else {
            stored.replace(json, now);
        }
        return new SurfaceView(underlying, now, points);
    }

    /**
     * @throws NotFoundException          for an unknown underlying
     * @throws ForbiddenOperationException unless the caller reports for one of its enabled surface sources
     */
    public void requireReporter(Caller caller, String underlying) {
        if (em.find(OracleSymbol.class, underlying) == null) {
            throw new NotFoundException("oracle", "oracle symbol", underlying);
        }
        boolean reportsForIt = em.createQuery("select s from SurfaceSource s where s.underlying = :u "
                        + "and s.enabled = true", SurfaceSource.class).setParameter("u", underlying)
                .getResultStream().anyMatch(s -> OracleService.mayReport(caller, s.reporter()));
        if (!reportsForIt) {
            throw new ForbiddenOperationException(caller.name() + " reports for no surface source of " + underlying);
        }
    }

    private void refuseArbitrage(List<SurfacePoint> points, Instant now, double spot, double rate,
                                 IntFunction<String> fieldOf) {
        OptionPriceModel model = models.installed().orElseThrow(() -> new ConflictException(
                "oracle/no-option-model", "No option price model", null, "no installed plugin offers an option "
                        + "price model, so a surface cannot be checked for butterfly arbitrage"));
        List<SurfaceArbitrage.Quote> quotes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            SurfacePoint p = points.get(i);
            quotes.add(new SurfaceArbitrage.Quote(i, p.expiry(), YearFraction.act365(now, p.expiry()),
                    p.strike().doubleValue(), p.volatility().doubleValue()));
        }
        SurfaceArbitrage arbitrage = new SurfaceArbitrage(spot, rate, model);
        List<SurfaceArbitrage.Finding> butterflies = arbitrage.butterflies(quotes);
        if (!butterflies.isEmpty()) {
            throw new SurfaceArbitrageException("oracle/butterfly-arbitrage", "butterfly arbitrage", fieldOf,
                    butterflies);
        }
        List<SurfaceArbitrage.Finding> calendar = arbitrage.calendarSpreads(quotes);
        if (!calendar.isEmpty()) {
            throw new SurfaceArbitrageException("oracle/calendar-arbitrage", "calendar arbitrage", fieldOf,
                    calendar);
        }
    }

    public SurfaceSourceView register(@NotNull @Valid SurfaceSourceRequest request) {
        if (em.find(OracleSymbol.class, request.underlying()) == null) {
            throw new InvalidRequestException("oracle/unknown-symbol", "Unknown oracle symbol", "underlying",
                    "no listed asset is priced by " + request.underlying());
        }
        if (em.find(SurfaceSource.class, request.name()) != null) {
            throw new ConflictException("oracle/source-exists", "Source already registered", "name",
                    "surface source " + request.name() + " is already registered");
        }
        SurfaceSource source = new SurfaceSource(request.name(), request.underlying(), request.description(),
                request.reporter());
        em.persist(source);
        return source.view();
    }

    public List<SurfaceSourceView> sources() {
        return em.createQuery("select s from SurfaceSource s order by s.name", SurfaceSource.class)
                .getResultStream().map(SurfaceSource::view).toList();
    }

    public SurfaceView get(String underlying) {
        StoredSurface stored = Optional.ofNullable(em.find(StoredSurface.class, underlying))
                .orElseThrow(() -> new NotFoundException("oracle", "volatility surface of", underlying));
        return new SurfaceView(underlying, stored.updatedAt(), points(stored));
    }

    /** Every stored surface as of {@code now}, expiries turned into years (ACT/365); expired points dropped. */
    public java.util.Map<String, VolatilitySurface> surfacesAt(Instant now) {
        java.util.Map<String, VolatilitySurface> surfaces = new java.util.HashMap<>();
        em.createQuery("select s from StoredSurface s", StoredSurface.class).getResultStream().forEach(s -> {
            List<SurfacePoint> live = points(s).stream().filter(p -> p.expiry().isAfter(now)).toList();
            if (!live.isEmpty()) {
                surfaces.put(s.underlying(), surface(live, now));
            }
        });
        return surfaces;
    }

    /** Gives delta-quoted points their strike from the current forward F = S·e^(rT). */
    private List<SurfacePoint> placeDeltaQuotes(String underlying, List<SurfacePoint> points, Instant now) {
        if (points.stream().allMatch(p -> p.delta() == null)) {
            return points;
        }
        IndexView index = oracle.index(underlying);
        if (!index.usable()) {
            throw new InvalidRequestException("oracle/invalid-surface", "Invalid volatility surface", "points",
                    "delta-quoted points need a fresh index of " + underlying + " to be placed at a strike");
        }
        double spot = index.price().doubleValue();
        return points.stream().map(p -> {
            if (p.delta() == null) {
                return p;
            }
            double years = YearFraction.act365(now, p.expiry());
            double sigma = p.volatility().doubleValue();
            double forward = spot * Math.exp(rates.usdRate() * years);
            double strike = forward * Math.exp(-sigma * Math.sqrt(years)
                    * InverseNormal.quantile(p.delta().doubleValue()) + sigma * sigma * years / 2);
            return new SurfacePoint(p.expiry(), BigDecimal.valueOf(strike).setScale(8, RoundingMode.HALF_EVEN),
                    p.delta(), p.volatility());
        }).toList();
    }

    private static VolatilitySurface surface(List<SurfacePoint> points, Instant now) {
        return VolatilitySurface.of(points.stream().map(p -> new VolatilitySurface.Point(
                YearFraction.act365(now, p.expiry()),
                p.strike().doubleValue(), p.volatility().doubleValue())).toList());
    }

    private static List<SurfacePoint> points(StoredSurface stored) {
        return Arrays.asList(JSON.fromJson(stored.pointsJson(), SurfacePoint[].class));
    }
}
