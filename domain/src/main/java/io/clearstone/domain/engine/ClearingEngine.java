package io.clearstone.domain.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import io.clearstone.domain.health.ClusterStatus;

/**
 * Whether this node runs the clearing engine. WildFly's singleton service elects one member of the cluster
 * ({@link EngineElection}); this bean follows the election {@value #FOLLOW_MILLIS} ms after each look, on a timer of its own
 * (a thread with the application's context, which the singleton service's threads lack): when elected it takes the
 * engine over ({@link EngineStarted}: the margin book loads from the database and the monitor sweeps); when deposed
 * it stops at once and drops what it held ({@link EngineStopped}).
 *
 * <p>The parts of the engine (margin triggers, funding, expiry, systemic alerts, price feeds) ask {@link #running()}
 * before they act; an API request never does, so every node serves the API whether it runs the engine or not.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClearingEngine {

    static final long FOLLOW_MILLIS = 250;
    private static final Logger LOG = Logger.getLogger(ClearingEngine.class.getName());

    @Resource
    TimerService timers;
    @Inject
    Event<EngineStarted> started;
    @Inject
    Event<EngineStopped> stopped;
    @Inject
    ClusterStatus status;
    @Inject
    Clock clock;

    private final Object transitions = new Object();
    private volatile boolean running;
    private volatile Instant since;

    @PostConstruct
    void follow() {
        status.from(this::view);
        followAgainIn(0);
    }

    @PreDestroy
    void leave() {
        running = false;
    }

    /** Whether this node runs the engine now: elected, and taken over. */
    public boolean running() {
        return running && EngineElection.isElected();
    }

    public String node() {
        return System.getProperty("jboss.node.name", "?");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onElection() {
        try {
            synchronized (transitions) {
                boolean elected = EngineElection.isElected();
                if (elected && !running) {
                    takeOver();
                } else if (!elected && running) {
                    handOver();
                }
            }
        } finally {
            // one turn at a time: a take-over that reads a large book is not overlapped by the next turn
            followAgainIn(FOLLOW_MILLIS);
        }
    }

    private void followAgainIn(long millis) {
        timers.createSingleActionTimer(millis, new TimerConfig("clearing-engine-election", false));
    }

    private void takeOver() {
        Instant start = clock.instant();
        LOG.info(() -> "clearing engine: " + node() + " is elected; loading the margin book");
        // running before the book loads: an index change or a deposit meanwhile waits for the book (its lock) and
        // is applied after the load, instead of being missed between the load and the word
        since = start;
        running = true;
        try {
            started.fire(new EngineStarted(node(), start));
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: stay out and try again on the next turn, the election still stands
            LOG.log(Level.WARNING, "clearing engine: taking over failed; will retry", e);
            running = false;
            since = null;
            stopped.fire(new EngineStopped(node(), clock.instant()));
            return;
        }
        LOG.info(() -> "clearing engine: running on " + node() + " (took over in "
                + java.time.Duration.between(start, clock.instant()).toMillis() + " ms)");
    }

    private void handOver() {
        running = false;
        since = null;
        LOG.info(() -> "clearing engine: " + node() + " is no longer elected; stopped");
        stopped.fire(new EngineStopped(node(), clock.instant()));
    }

    private ClusterStatus.View view() {
        EngineElection.Candidates candidates = EngineElection.candidates();
        return new ClusterStatus.View(node(), candidates.clustered(), candidates.members(),
                candidates.elected().orElse(null), running(), running() ? since : null);
    }
}
