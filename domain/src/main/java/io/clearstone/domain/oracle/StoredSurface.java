package io.clearstone.domain.oracle;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The latest volatility surface of an underlying, its points kept as JSON; a push replaces it whole. */
@Entity
@Table(name = "volatility_surface")
public class StoredSurface {

    @Id
    private String underlying;
    // a text column (V18): 400 points of full-precision strikes outgrow any sensible fixed width
    @Column(name = "points_json", columnDefinition = "text")
    private String pointsJson;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected StoredSurface() {
    }

    StoredSurface(String underlying, String pointsJson, Instant at) {
        this.underlying = underlying;
        replace(pointsJson, at);
    }

    void replace(String pointsJson, Instant at) {
        this.pointsJson = pointsJson;
        this.updatedAt = at;
    }

    public String underlying() {
        return underlying;
    }

    public String pointsJson() {
        return pointsJson;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
