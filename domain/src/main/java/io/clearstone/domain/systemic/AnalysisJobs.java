package io.clearstone.domain.systemic;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Long risk-graph runs in the background: a job starts, reports its progress as it goes, and keeps its answer for an
 * hour. Jobs are rows of the shared database, so any node of a cluster answers for a job any node started; the node
 * that runs one writes its progress at most once a second and a heartbeat every 15 seconds. A job still RUNNING whose
 * heartbeat stopped a minute ago reads as FAILED: its node died and the job with it. Its inputs are read from the
 * database when it starts, so any node can run one.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AnalysisJobs {

    private static final Logger LOG = Logger.getLogger(AnalysisJobs.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Duration KEPT = Duration.ofHours(1);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    /** Four missed heartbeats (every 15 s): not a pause, a dead node. */
    static final Duration SILENCE_OF_A_DEAD_NODE = Duration.ofSeconds(60);

    @Inject
    Clock clock;
    @EJB
    AnalysisJobStore store;

    private final String node = System.getProperty("jboss.node.name", "standalone");
    /** The jobs this node runs now: those its heartbeat keeps alive. */
    private final Set<String> runningHere = ConcurrentHashMap.newKeySet();

    /** Registers a job; {@link #run} then does it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AnalysisJob start(String kind) {
        Instant now = clock.instant();
        store.forgetEndedBefore(now.minus(KEPT));
        AnalysisJob job = AnalysisJob.started(UUID.randomUUID().toString(), kind, now);
        store.started(job.id(), kind, node, now);
        runningHere.add(job.id());
        return job;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(String id, Function<DoubleConsumer, Object> work) {
        ProgressThrottle throttle = new ProgressThrottle(PROGRESS_EVERY, System::nanoTime);
        try {
            Object answer = work.apply(share -> {
                double due = throttle.report(share);
                if (due >= 0) {
                    store.progressed(id, due, clock.instant());
                }
            });
            store.done(id, JSON.toJson(answer), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "risk-graph job " + id + " failed", e);
            store.failed(id, e.getMessage(), clock.instant());
        } finally {
            runningHere.remove(id);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<AnalysisJob> get(String id) {
        return store.find(id).map(row -> view(row, clock.instant()));
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void heartbeat() {
        try {
            store.alive(Set.copyOf(runningHere), clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "heartbeat of the running risk-graph jobs not written", e);
        }
    }

    /** A job as its caller polls it: the same JSON as the run's answer, whichever node ran it. */
    static AnalysisJob view(StoredAnalysisJob row, Instant now) {
        if (row.state().equals("RUNNING") && row.updatedAt().isBefore(now.minus(SILENCE_OF_A_DEAD_NODE))) {
            return new AnalysisJob(row.id(), row.kind(), "FAILED", row.progress(), row.startedAt(), row.updatedAt(),
                    null, "the node that ran it (" + row.node() + ") has not been heard of since " + row.updatedAt()
                    + ": it stopped, and the job with it; start the job again");
        }
        return new AnalysisJob(row.id(), row.kind(), row.state(), row.progress(), row.startedAt(), row.finishedAt(),
                parsed(row.resultJson()), row.error());
    }

    private static Object parsed(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
