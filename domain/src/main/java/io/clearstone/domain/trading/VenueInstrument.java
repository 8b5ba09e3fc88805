package io.clearstone.domain.trading;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One instrument a venue identity may submit trades for. */
@Entity
@Table(name = "venue_instrument")
@IdClass(VenueInstrument.Key.class)
public class VenueInstrument {

    @Id
    @Column(name = "venue_name")
    private String venueName;
    @Id
    @Column(name = "instrument_id")
    private long instrumentId;
    @Column(name = "registered_at", updatable = false)
    private Instant registeredAt;

    protected VenueInstrument() {
    }

    VenueInstrument(String venueName, long instrumentId, Instant registeredAt) {
        this.venueName = venueName;
        this.instrumentId = instrumentId;
        this.registeredAt = registeredAt;
    }

    public String venueName() {
        return venueName;
    }

    public long instrumentId() {
        return instrumentId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** The composite primary key. */
    public static class Key implements Serializable {
        private String venueName;
        private long instrumentId;

        public Key() {
        }

        public Key(String venueName, long instrumentId) {
            this.venueName = venueName;
            this.instrumentId = instrumentId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.instrumentId == instrumentId
                    && java.util.Objects.equals(key.venueName, venueName);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(venueName, instrumentId);
        }
    }
}
