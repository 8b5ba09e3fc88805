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

/** An exposure a risk officer registered between two nodes (registered or live ones). */
@Entity
@Table(name = "risk_exposure")
public class RegisteredExposure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "risk_exposure_seq")
    @SequenceGenerator(name = "risk_exposure_seq", sequenceName = "risk_exposure_seq", allocationSize = 50)
    private Long id;
    @Column(name = "source_kind")
    private String sourceKind;
    @Column(name = "source_name")
    private String sourceName;
    @Column(name = "target_kind")
    private String targetKind;
    @Column(name = "target_name")
    private String targetName;
    private String kind;
    private BigDecimal amount;
    @Column(name = "coverage_limit")
    private BigDecimal limit;
    @Column(name = "registered_by")
    private String registeredBy;
    @Column(name = "registered_at")
    private Instant registeredAt;

    protected RegisteredExposure() {
    }

    RegisteredExposure(ExposureRequest request, String registeredBy, Instant registeredAt) {
        this.sourceKind = request.sourceKind();
        this.sourceName = request.sourceName();
        this.targetKind = request.targetKind();
        this.targetName = request.targetName();
        this.kind = request.kind();
        this.amount = request.amount();
        this.limit = request.limit() == null ? request.amount() : request.limit();
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    Long id() {
        return id;
    }

    String sourceKind() {
        return sourceKind;
    }

    String sourceName() {
        return sourceName;
    }

    String targetKind() {
        return targetKind;
    }

    String targetName() {
        return targetName;
    }

    String kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal limit() {
        return limit;
    }
}
