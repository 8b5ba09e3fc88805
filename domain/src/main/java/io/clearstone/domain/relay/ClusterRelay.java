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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * Every node's reader of the cluster's outbox: at each poll (every 200 ms by default, a non-persistent timer on this
 * node alone) it writes the events this node fired outside transactions, reads the rows after the last it read
 * (and the ids still missing below it, {@link OutboxCursor}), skips its own, and fires the others again here as CDI
 * events of their own types, qualified {@link Relayed}, outside any transaction (so that observers of committed
 * changes are told at once). Once a minute it deletes rows older than the retention. Off on a single server.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
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
    TimerService timers;

    private final String node = RelaySettings.nodeName();
    private OutboxCursor cursor;
    private Instant nextPrune = Instant.EPOCH;
    private Instant failingSince;

    @PostConstruct
    void start() {
        if (!settings.enabled()) {
            LOG.fine("cluster relay off: a single server");
            return;
        }
        cursor = new OutboxCursor(store.newestId(), settings.gapTimeout());
        long every = Math.max(1, settings.pollInterval().toMillis());
        timers.createIntervalTimer(every, every, new TimerConfig("cluster-relay", false));
        LOG.info(() -> "cluster relay on: node " + node + " reads the outbox after id " + cursor.highestRead()
                + " every " + every + " ms");
    }

    /** The timer service never runs two at once on a singleton: one poll at a time. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
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
        } catch (RuntimeException e) {
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
