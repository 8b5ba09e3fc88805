package io.clearstone.domain.systemic;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.clearstone.domain.shared.SweepGuard;
import io.clearstone.domain.shared.Sweeps;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Watches the systemic-risk thresholds: recomputes them every minute (each near one fires a
 * {@link SystemicRiskAlert}), and keeps the latest alerts for the API and the console.
 * <p>
 * One check at a time, outside any transaction and off the timer thread: a minute's run that finds the previous
 * scheduled check still going is skipped and counted ({@link SweepGuard}) rather than queued behind it, and a check gives up after {@code clearstone.risk-graph.alerts.max-run-seconds}
 * (default 30) or as soon as the application stops, so a slow check neither piles up nor holds undeployment.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RiskGraphAlerts {

    private static final Logger LOG = Logger.getLogger(RiskGraphAlerts.class.getName());

    @EJB
    RiskGraphService riskGraph;
    @EJB
    io.clearstone.domain.engine.ClearingEngine engine;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.alerts.max-run-seconds", defaultValue = "30")
    long maxRunSeconds;

    @Inject
    Sweeps sweeps;
    @jakarta.annotation.Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    private SweepGuard guard;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;
    private volatile Latest latest = new Latest(null, List.of());

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        if (stopping || !engine.running()) {
            return;
        }
        guard.startUnlessRunning(executor, this::scheduledCheck);
    }

    /** Waits for a check someone asked for ({@link #check()}) rather than skipping: that one is at most 30 s. */
    private void scheduledCheck() {
        running.lock();
        try {
            compute();
        } catch (CheckAbandoned given) {
            LOG.warning(() -> "systemic-risk check abandoned: " + given.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "systemic-risk thresholds could not be computed", e);
        } finally {
            running.unlock();
        }
    }

    /**
     * Computes the thresholds now (after a check already under way) and returns the alerts they raise.
     *
     * @throws CheckAbandoned past the time budget or when the application stops
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Latest check() {
        running.lock();
        try {
            return compute();
        } finally {
            running.unlock();
        }
    }

    public Latest latest() {
        return latest;
    }

    @PostConstruct
    void guard() {
        guard = sweeps.guard("systemic-risk-check");
    }

    /** Lets a check under way end at its next step, and starts no more. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    private Latest compute() {
        long deadline = System.nanoTime() + maxRunSeconds * 1_000_000_000L;
        List<RiskGraphViews.ThresholdView> thresholds = riskGraph.thresholds(done -> {
            if (stopping) {
                throw new CheckAbandoned("the application is stopping");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new CheckAbandoned("it ran for more than " + maxRunSeconds + " s");
            }
        });
        latest = new Latest(Instant.now(), thresholds.stream().filter(RiskGraphViews.ThresholdView::near).toList());
        return latest;
    }

    /** Every alert is logged as a warning, where operations' log monitoring picks it up. */
    public void collect(@Observes SystemicRiskAlert alert) {
        LOG.warning(() -> "systemic-risk alert: a fall of " + Math.round(alert.shock() * 1000) / 10.0 + "% in "
                + alert.asset() + " would do systemic damage");
    }

    /** The last check: when, and the thresholds within the alert margin. */
    public record Latest(Instant checkedAt, List<RiskGraphViews.ThresholdView> alerts) {
    }
}
