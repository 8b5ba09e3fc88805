package io.clearstone.domain.oracle;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.clearstone.domain.shared.SweepGuard;
import io.clearstone.domain.shared.Sweeps;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Polls every active {@link PriceFeed} at a fixed interval and submits each observation in a transaction of its own,
 * so that one refused observation never drops the others.
 */
@Singleton
@Startup
@DependsOn("DemoMarket")
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    @Resource
    TimerService timers;
    @Inject
    @Any
    Instance<PriceFeed> feeds;
    @EJB
    OracleService oracle;
    @EJB
    io.clearstone.domain.engine.ClearingEngine engine;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "clearstone.feeds.poll-interval-ms", defaultValue = "2000")
    long intervalMillis;

    @Inject
    Sweeps sweeps;
    @Resource
    ManagedExecutorService executor;

    private SweepGuard guard;

    @PostConstruct
    void schedule() {
        guard = sweeps.guard("price-feeds");
        if (feeds.stream().anyMatch(PriceFeed::active)) {
            timers.createIntervalTimer(intervalMillis, intervalMillis, new TimerConfig("price-feeds", false));
        }
    }

    /** On the managed executor behind a guard: a slow feed skips a poll instead of making the timer overlap. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void poll() {
        if (!engine.running()) {
            return; // one node polls the feeds, or each source would report every price once per node
        }
        guard.startUnlessRunning(executor, this::pollNow);
    }

    private void pollNow() {
        feeds.stream().filter(PriceFeed::active).forEach(feed -> feed.poll(clock.instant()).forEach(observation -> {
            try {
                // a feed speaks for its sources as their reporters: the platform gets no price-reporting privilege
                oracle.submit(oracle.reporterOf(observation.source()), observation);
            } catch (RuntimeException refused) {
                LOG.log(Level.WARNING, "feed observation refused: " + observation, refused);
            }
        }));
    }
}
