package io.clearstone.domain.systemic;

import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;

/**
 * Watches the systemic-risk thresholds: recomputes them every minute (each near one fires a
 * {@link SystemicRiskAlert}), and keeps the latest alerts for the API and the console.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RiskGraphAlerts {

    private static final Logger LOG = Logger.getLogger(RiskGraphAlerts.class.getName());

    @EJB
    RiskGraphService riskGraph;

    private volatile Latest latest = new Latest(null, List.of());

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "systemic-risk thresholds could not be computed", e);
        }
    }

    /** Computes the thresholds now and returns the alerts they raise. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public synchronized Latest check() {
        List<RiskGraphViews.ThresholdView> thresholds = riskGraph.thresholds();
        latest = new Latest(java.time.Instant.now(), thresholds.stream().filter(RiskGraphViews.ThresholdView::near)
                .toList());
        return latest;
    }

    public Latest latest() {
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
