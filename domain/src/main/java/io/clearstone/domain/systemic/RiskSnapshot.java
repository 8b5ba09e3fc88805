package io.clearstone.domain.systemic;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The whole risk graph at one instant, as JGraphT's JSON exporter writes it. Never changed. */
@Entity
@Table(name = "risk_snapshot")
public class RiskSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_snapshot_seq")
    @SequenceGenerator(name = "risk_snapshot_seq", sequenceName = "risk_snapshot_seq", allocationSize = 50)
    private Long id;
    @Column(name = "taken_at")
    private Instant takenAt;
    @Column(name = "taken_by")
    private String takenBy;
    private int nodes;
    private int edges;
    @Column(name = "graph_json")
    private String graphJson;

    protected RiskSnapshot() {
    }

    RiskSnapshot(Instant takenAt, String takenBy, int nodes, int edges, String graphJson) {
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.nodes = nodes;
        this.edges = edges;
        this.graphJson = graphJson;
    }

    SnapshotView view() {
        return new SnapshotView(id, takenAt, takenBy, nodes, edges);
    }

    String graphJson() {
        return graphJson;
    }

    /** A snapshot without its graph. */
    public record SnapshotView(long id, Instant takenAt, String takenBy, int nodes, int edges) {
    }
}
