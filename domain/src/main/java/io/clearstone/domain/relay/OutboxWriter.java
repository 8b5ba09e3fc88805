package io.clearstone.domain.relay;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.EventMetadata;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.clearstone.domain.liquidation.LiquidationRecorded;
import io.clearstone.domain.live.MarginNews;
import io.clearstone.domain.margin.MarginStateSeen;
import io.clearstone.domain.oracle.IndexPriceChanged;
import io.clearstone.domain.oracle.OracleAlertView;
import io.clearstone.domain.shared.AccountsChanged;

/**
 * Writes the events other nodes must see into the outbox. An event fired inside a transaction (an index change, a
 * deposit, a liquidation) is written in that transaction, while it is in progress: it commits with the change or
 * not at all, so no event is lost when this node dies after the commit and none is told of a change rolled back. An
 * event fired outside any transaction (the margin monitor's assessments) waits in memory for the relay's next poll,
 * which writes the waiting ones in one transaction. Events this node received from another ({@link Relayed}) are
 * never written back. Margin assessments are written only when they change an account's state, as the live stream
 * shows them.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final Logger LOG = Logger.getLogger(OutboxWriter.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    /** Outside-transaction events kept while the database is unreachable; beyond it the oldest are dropped. */
    static final int MAX_WAITING = 10_000;

    @Inject
    RelaySettings settings;
    @EJB
    ClusterEventStore store;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;

    private final Deque<OutboxEntry> waiting = new ConcurrentLinkedDeque<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final MarginNews marginNews = new MarginNews();
    private final String node = RelaySettings.nodeName();

    void onIndex(@Observes IndexPriceChanged change, EventMetadata metadata) {
        write(RelayTopic.INDEX, change, metadata);
    }

    void onAccounts(@Observes AccountsChanged change, EventMetadata metadata) {
        write(RelayTopic.ACCOUNTS, change, metadata);
    }

    void onLiquidation(@Observes LiquidationRecorded recorded, EventMetadata metadata) {
        marginNews.forget(recorded.event().accountId());
        write(RelayTopic.LIQUIDATION, recorded, metadata);
    }

    void onOracleAlert(@Observes OracleAlertView alert, EventMetadata metadata) {
        write(RelayTopic.ORACLE_ALERT, alert, metadata);
    }

    void onMargin(@Observes MarginStateSeen seen, EventMetadata metadata) {
        if (settings.enabled() && !relayed(metadata) && marginNews.isNews(seen)) {
            write(RelayTopic.MARGIN, seen, metadata);
        }
    }

    private void write(RelayTopic topic, Object event, EventMetadata metadata) {
        if (!settings.enabled() || relayed(metadata)) {
            return;
        }
        String payload;
        try {
            payload = JSON.toJson(event);
        } catch (RuntimeException e) {
            // e.g. a NaN in a margin figure: the change itself must not fail for its relay
            LOG.log(Level.WARNING, "event not relayed, it has no JSON form: " + event, e);
            return;
        }
        OutboxEntry row = new OutboxEntry(topic.topic(), payload, node, clock.instant());
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_ACTIVE) {
            store.appendWithTheChange(row);
        } else if (status == Status.STATUS_NO_TRANSACTION) {
            waiting.add(row);
            if (waitingCount.incrementAndGet() > MAX_WAITING && waiting.pollFirst() != null) {
                waitingCount.decrementAndGet();
                LOG.warning("the outbox cannot be written: an event fired outside a transaction was dropped");
            }
        }
        // otherwise the transaction is already bound to roll back: its change, and so its event, never happened
    }

    /** Writes the events fired outside transactions since the last call, in one transaction. */
    void flushWaiting() {
        List<OutboxEntry> batch = new ArrayList<>();
        for (OutboxEntry row; batch.size() < 500 && (row = waiting.pollFirst()) != null; ) {
            waitingCount.decrementAndGet();
            batch.add(row);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.appendBatch(batch);
        } catch (RuntimeException e) {
            // kept for the next poll, in their order, ahead of what came meanwhile
            for (int i = batch.size() - 1; i >= 0; i--) {
                waiting.addFirst(batch.get(i));
            }
            waitingCount.addAndGet(batch.size());
            throw e;
        }
    }

    private static boolean relayed(EventMetadata metadata) {
        return metadata.getQualifiers().stream().anyMatch(q -> q.annotationType() == Relayed.class);
    }
}
