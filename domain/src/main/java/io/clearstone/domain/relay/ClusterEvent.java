package io.clearstone.domain.relay;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of the cluster's outbox: one event a node fired, as JSON, for the other nodes to fire again. Written once,
 * never updated; pruned after the retention.
 */
@Entity
@Table(name = "cluster_event")
public class ClusterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(updatable = false)
    private String topic;
    @Column(columnDefinition = "text", updatable = false)
    private String payload;
    @Column(name = "origin_node", updatable = false)
    private String originNode;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected ClusterEvent() {
    }

    public ClusterEvent(String topic, String payload, String originNode, Instant createdAt) {
        this.topic = topic;
        this.payload = payload;
        this.originNode = originNode;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String topic() {
        return topic;
    }

    public String payload() {
        return payload;
    }

    public String originNode() {
        return originNode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
