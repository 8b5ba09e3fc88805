package io.clearstone.domain.instrument;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An instrument of some plugin type. The core keeps its terms as the plugin encoded them (JSON, versioned) and never
 * interprets them; it records only what it needs to find instruments. Created active; its lifecycle (e.g. expiry)
 * settles it.
 */
@Entity
@Table(name = "instrument")
public class Instrument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "instrument_seq")
    @SequenceGenerator(name = "instrument_seq", sequenceName = "instrument_seq", allocationSize = 50)
    private Long id;
    @Column(name = "type_id", updatable = false)
    private String typeId;
    @Column(name = "terms_version", updatable = false)
    private int termsVersion;
    // a text column (V18): the terms hold what the client sent, so no fixed width fits them all
    @Column(name = "terms_json", columnDefinition = "text", updatable = false)
    private String termsJson;
    @Column(updatable = false)
    private String underlying;
    @Column(name = "settlement_asset", updatable = false)
    private String settlementAsset;
    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;
    @Enumerated(EnumType.STRING)
    private InstrumentStatus status;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "settlement_price")
    private java.math.BigDecimal settlementPrice;
    @Column(name = "settled_at")
    private Instant settledAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "shortfall_policy")
    private io.clearstone.domain.instrument.ShortfallPolicy shortfallPolicy;
    @Version
    private long version;

    protected Instrument() {
    }

    Instrument(String typeId, int termsVersion, String termsJson, String underlying, String settlementAsset,
               Instant expiresAt, Instant createdAt) {
        this.typeId = typeId;
        this.termsVersion = termsVersion;
        this.termsJson = termsJson;
        this.underlying = underlying;
        this.settlementAsset = settlementAsset;
        this.expiresAt = expiresAt;
        this.status = InstrumentStatus.ACTIVE;
        this.createdAt = createdAt;
        this.shortfallPolicy = io.clearstone.domain.instrument.ShortfallPolicy.AUTO_DELEVERAGING;
    }

    /** Who covers a bankrupt holder's shortfall once the insurance fund cannot. */
    public io.clearstone.domain.instrument.ShortfallPolicy shortfallPolicy() {
        return shortfallPolicy;
    }

    public void changeShortfallPolicy(io.clearstone.domain.instrument.ShortfallPolicy policy) {
        this.shortfallPolicy = java.util.Objects.requireNonNull(policy);
    }

    /** Marks the instrument settled; only once. */
    public void settle(java.math.BigDecimal price, Instant at) {
        if (status != InstrumentStatus.ACTIVE) {
            throw new IllegalStateException("instrument " + id + " is already " + status);
        }
        this.status = InstrumentStatus.SETTLED;
        this.settlementPrice = price;
        this.settledAt = at;
    }

    public java.math.BigDecimal settlementPrice() {
        return settlementPrice;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public Long id() {
        return id;
    }

    public String typeId() {
        return typeId;
    }

    public int termsVersion() {
        return termsVersion;
    }

    public String termsJson() {
        return termsJson;
    }

    public String underlying() {
        return underlying;
    }

    public String settlementAsset() {
        return settlementAsset;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public InstrumentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
