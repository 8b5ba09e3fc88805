package io.clearstone.domain.oracle;

import java.math.BigDecimal;
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

/** One price reported by one source, kept as evidence whatever it did to the index. */
@Entity
@Table(name = "oracle_observation")
public class Observation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_seq")
    @SequenceGenerator(name = "observation_seq", sequenceName = "observation_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private String symbol;
    @Column(updatable = false)
    private String source;
    @Column(updatable = false)
    private BigDecimal price;
    @Column(name = "observed_at", updatable = false)
    private Instant observedAt;
    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private ObservationStatus status;

    protected Observation() {
    }

    public Observation(String symbol, String source, BigDecimal price, Instant observedAt, Instant receivedAt) {
        this.symbol = symbol;
        this.source = source;
        this.price = price;
        this.observedAt = observedAt;
        this.receivedAt = receivedAt;
        this.status = ObservationStatus.PENDING;
    }

    void classify(ObservationStatus status) {
        this.status = status;
    }

    public Quote quote() {
        return new Quote(source, price, observedAt);
    }

    public Long id() {
        return id;
    }

    public String symbol() {
        return symbol;
    }

    public String source() {
        return source;
    }

    public BigDecimal price() {
        return price;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public ObservationStatus status() {
        return status;
    }
}
