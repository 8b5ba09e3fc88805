package io.clearstone.domain.relay;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Every node's reader of the cluster's outbox: at each poll (200 ms after the last one ended, by default, on a
 * thread of its own from the managed thread factory: polls never overlap, a slow one delays the next rather than
 * piling up, and a suspended server does not refuse each poll with an error as its managed scheduler would) it writes the events this node fired outside transactions, reads the rows after the last it read
 * (and the ids still missing below it, {@link OutboxCursor}), skips its own, and fires the others again here as CDI
 * events of their own types, qualified {@link Relayed}, outside any transaction (so that observers of committed
 * changes are told at once). Once a minute it deletes rows older than the retention. Off on a single server.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterRelay {

    private static final Logger LOG = Logger.getLogger(ClusterRelay.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int BATCH = 500;
    private static final java.time.Duration PRUNE_EVERY = java.time.Duration.ofMinutes(1);

    @Inject
    RelaySettings settings;
    @EJB
    ClusterEventStore store;
    @Inject
    OutboxWriter writer;
    @Inject
    @Relayed
    Event<Object> relayed;
    @Inject
    Clock clock;
    @Resource
    ManagedThreadFactory threads;

    private final String node = RelaySettings.nodeName();
    private OutboxCursor cursor;
    private Instant nextPrune = Instant.EPOCH;
    private Instant failingSince;
    private java.util.concurrent.ScheduledExecutorService polling;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.fine("cluster relay off: a single server");
            return;
        }
        cursor = new OutboxCursor(store.newestId(), settings.gapTimeout());
        long every = Math.max(1, settings.pollInterval().toMillis());
        polling = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(threads);
        polling.scheduleWithFixedDelay(this::poll, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        LOG.info(() -> "cluster relay on: node " + node + " reads the outbox after id " + cursor.highestRead()
                + " every " + every + " ms");
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.shutdownNow();
            try {
                polling.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One poll, outside any transaction: each write and read below is a transaction of the store's own. */
    void poll() {
        try {
            writer.flushWaiting();
            int read;
            do {
                read = readOnce();
            } while (read == BATCH);
            pruneNowAndThen();
            if (failingSince != null) {
                LOG.info("cluster relay reads the outbox again");
                failingSince = null;
            }
        } catch (Throwable e) { // anything escaping would end the scheduled polling for good
            if (failingSince == null) {
                failingSince = clock.instant();
                LOG.log(Level.WARNING, "cluster relay cannot read or write the outbox; trying again at each poll", e);
            }
        }
    }

    private int readOnce() {
        List<ClusterEvent> rows = store.after(cursor.highestRead(), cursor.gaps(), BATCH);
        Map<Long, ClusterEvent> byId = rows.stream().collect(Collectors.toMap(ClusterEvent::id, Function.identity()));
        for (long id : cursor.accept(byId.keySet(), clock.instant())) {
            ClusterEvent row = byId.get(id);
            if (!row.originNode().equals(node)) {
                fire(row);
            }
        }
        return rows.size();
    }

    private void fire(ClusterEvent row) {
        var topic = RelayTopic.named(row.topic());
        if (topic.isEmpty()) {
            LOG.fine(() -> "outbox row " + row.id() + " of unknown topic " + row.topic() + " skipped");
            return;
        }
        try {
            relayed.fire(JSON.fromJson(row.payload(), topic.get().eventType()));
        } catch (RuntimeException e) {
            // one bad row or one failing observer must not hold back the rest
            LOG.log(Level.WARNING, "outbox row " + row.id() + " (" + row.topic() + " from " + row.originNode()
                    + ") not delivered", e);
        }
    }

    private void pruneNowAndThen() {
        Instant now = clock.instant();
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(PRUNE_EVERY);
        Instant cutoff = now.minus(settings.retention());
        for (int batches = 0; batches < 20 && store.prune(cutoff, BATCH) == BATCH; batches++) {
            // small batches: no long lock on the table that every change writes to
        }
    }
}
