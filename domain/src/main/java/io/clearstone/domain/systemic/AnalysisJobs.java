package io.clearstone.domain.systemic;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Singleton;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Long risk-graph runs in the background: a job starts, reports its progress as it goes, and keeps its answer for an
 * hour. Jobs live in this server's memory (a poll on another server will not find them); their inputs are read from
 * the database when they start, so any server can run one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnalysisJobs {

    private static final Logger LOG = Logger.getLogger(AnalysisJobs.class.getName());
    private static final Duration KEPT = Duration.ofHours(1);

    private final Map<String, AnalysisJob> jobs = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    /** Registers a job; {@link #run} then does it. */
    public AnalysisJob start(String kind) {
        forgetOld();
        AnalysisJob job = AnalysisJob.started(UUID.randomUUID().toString(), kind, clock.instant());
        jobs.put(job.id(), job);
        return job;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String id, Function<DoubleConsumer, Object> work) {
        try {
            Object answer = work.apply(share -> jobs.computeIfPresent(id, (key, job) -> job.progressed(share)));
            jobs.computeIfPresent(id, (key, job) -> job.done(answer, clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "risk-graph job " + id + " failed", e);
            jobs.computeIfPresent(id, (key, job) -> job.failed(e.getMessage(), clock.instant()));
        }
    }

    public Optional<AnalysisJob> get(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void forgetOld() {
        jobs.values().removeIf(job -> job.finishedAt() != null && job.finishedAt().isBefore(clock.instant().minus(KEPT)));
    }
}
