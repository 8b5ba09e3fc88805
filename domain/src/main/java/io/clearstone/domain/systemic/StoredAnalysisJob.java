package io.clearstone.domain.systemic;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A background risk-graph run as the shared database keeps it: started RUNNING by the node that runs it, which
 * records its progress now and then and touches {@code updatedAt} (its heartbeat) while it runs, then DONE with its
 * answer as JSON or FAILED with the reason. Deleted an hour after it ended.
 */
@Entity
@Table(name = "analysis_job")
public class StoredAnalysisJob {

    @Id
    private String id;
    @Column(updatable = false)
    private String kind;
    private String state;
    private double progress;
    @Column(name = "result_json", columnDefinition = "text")
    private String resultJson;
    private String error;
    @Column(updatable = false)
    private String node;
    @Column(name = "started_at", updatable = false)
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected StoredAnalysisJob() {
    }

    StoredAnalysisJob(String id, String kind, String node, Instant startedAt) {
        this(id, kind, "RUNNING", 0, null, null, node, startedAt, null, startedAt);
    }

    StoredAnalysisJob(String id, String kind, String state, double progress, String resultJson, String error,
                      String node, Instant startedAt, Instant finishedAt, Instant updatedAt) {
        this.id = id;
        this.kind = kind;
        this.state = state;
        this.progress = progress;
        this.resultJson = resultJson;
        this.error = error;
        this.node = node;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.updatedAt = updatedAt;
    }

    String id() {
        return id;
    }

    String kind() {
        return kind;
    }

    String state() {
        return state;
    }

    double progress() {
        return progress;
    }

    String resultJson() {
        return resultJson;
    }

    String error() {
        return error;
    }

    String node() {
        return node;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
