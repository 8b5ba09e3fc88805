package io.clearstone.domain.demo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.shared.SweepGuard;
import io.clearstone.domain.shared.Sweeps;
import io.clearstone.domain.venue.VenueQuoteRequest;
import io.clearstone.domain.venue.VenueQuoteService;

/**
 * The demo venues' marks for the demo's BTC perpetual swap: each venue quotes the index times one plus a premium
 * that wanders around a few basis points (an Ornstein–Uhlenbeck walk), so the swap has a mark and pays funding.
 */
@Singleton
@Startup
@DependsOn("DemoMarket")
public class DemoVenueFeed {

    private static final Logger LOG = Logger.getLogger(DemoVenueFeed.class.getName());
    private static final double MEAN_PREMIUM = 0.0002;
    private static final double REVERSION = 0.1;
    private static final double NOISE = 0.00005;

    @Resource
    TimerService timers;
    @Inject
    DemoSettings settings;
    @EJB
    OracleService oracle;
    @EJB
    VenueQuoteService venues;
    @EJB
    io.clearstone.domain.engine.ClearingEngine engine;
    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;

    private final SplittableRandom random = new SplittableRandom(7);
    private double premium = MEAN_PREMIUM;

    @Inject
    Sweeps sweeps;
    @Resource
    ManagedExecutorService executor;

    private SweepGuard guard;

    @PostConstruct
    void schedule() {
        guard = sweeps.guard("demo-venue-quotes");
        if (settings.enabled()) {
            timers.createIntervalTimer(2_000, 2_000, new TimerConfig("demo-venue-quotes", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void quote() {
        if (!engine.running()) {
            return;
        }
        guard.startUnlessRunning(executor, this::quoteNow);
    }

    /** One run at a time (the random walk of the premium is not thread-safe), off the timer thread. */
    private void quoteNow() {
        // the demo's own swap is the very first instrument: DemoMarket lists it when it loads an empty database; a
        // database the demo did not start has something else first, and nothing is quoted
        Long swap = em.createQuery("select i.id from Instrument i where i.id = (select min(j.id) from Instrument j) "
                + "and i.typeId = 'swap.perpetual' and i.underlying = :u", Long.class)
                .setParameter("u", DemoCatalogue.SWAP_UNDERLYING).getResultStream().findFirst().orElse(null);
        IndexView index = oracle.index(DemoCatalogue.SWAP_UNDERLYING);
        if (swap == null || index.price() == null || index.stale()) {
            return;
        }
        premium += REVERSION * (MEAN_PREMIUM - premium) + NOISE * random.nextGaussian();
        for (String venue : DemoCatalogue.SOURCES) {
            Caller reporter = Caller.of(DemoCatalogue.VENUE_REPORTERS.get(venue), Roles.ORACLE);
            double mark = index.price().doubleValue() * (1 + premium + NOISE * random.nextGaussian());
            try {
                venues.submit(reporter, swap, new VenueQuoteRequest(venue, clock.instant(), null, null,
                        new BigDecimal(mark, new MathContext(10))));
            } catch (RuntimeException refused) {
                LOG.log(Level.FINE, "demo venue quote refused", refused);
            }
        }
    }
}
