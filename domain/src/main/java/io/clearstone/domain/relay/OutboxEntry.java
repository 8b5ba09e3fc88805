package io.clearstone.domain.relay;

import java.time.Instant;

/** An event on its way into the outbox: what its row will hold. */
public record OutboxEntry(String topic, String payload, String originNode, Instant createdAt) {

    ClusterEvent toRow() {
        return new ClusterEvent(topic, payload, originNode, createdAt);
    }
}
