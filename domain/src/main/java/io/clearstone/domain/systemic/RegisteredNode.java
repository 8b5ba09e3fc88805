package io.clearstone.domain.systemic;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A node of the outside world a risk officer registered (a lending protocol, a DEX, a bridge, another CCP). */
@Entity
@Table(name = "risk_node")
public class RegisteredNode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_node_seq")
    @SequenceGenerator(name = "risk_node_seq", sequenceName = "risk_node_seq", allocationSize = 50)
    private Long id;
    private String kind;
    private String name;
    private BigDecimal equity;
    @Column(name = "external_assets")
    private BigDecimal externalAssets;
    @Column(name = "external_liabilities")
    private BigDecimal externalLiabilities;
    private String description;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected RegisteredNode() {
    }

    RegisteredNode(NodeRequest request, String registeredBy, Instant registeredAt) {
        this.kind = request.kind();
        this.name = request.name();
        this.equity = request.equity();
        this.externalAssets = request.externalAssets() == null ? BigDecimal.ZERO : request.externalAssets();
        this.externalLiabilities = request.externalLiabilities() == null ? BigDecimal.ZERO
                : request.externalLiabilities();
        this.description = request.description();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    String kind() {
        return kind;
    }

    String name() {
        return name;
    }

    BigDecimal equity() {
        return equity;
    }

    BigDecimal externalAssets() {
        return externalAssets;
    }

    BigDecimal externalLiabilities() {
        return externalLiabilities;
    }
}
