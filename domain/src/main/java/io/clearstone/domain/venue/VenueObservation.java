package io.clearstone.domain.venue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.VenueQuote;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One venue's report for one instrument, kept with the index it arrived against. Never changed. */
@Entity
@Table(name = "venue_quote")
public class VenueObservation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_quote_seq")
    @SequenceGenerator(name = "venue_quote_seq", sequenceName = "venue_quote_seq", allocationSize = 50)
    private Long id;
    @Column(name = "instrument_id", updatable = false)
    private long instrumentId;
    @Column(updatable = false)
    private String venue;
    @Column(name = "observed_at", updatable = false)
    private Instant observedAt;
    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;
    @Column(name = "index_price", updatable = false)
    private BigDecimal indexPrice;
    @Column(name = "impact_bid", updatable = false)
    private BigDecimal impactBid;
    @Column(name = "impact_ask", updatable = false)
    private BigDecimal impactAsk;
    @Column(name = "venue_mark", updatable = false)
    private BigDecimal venueMark;

    protected VenueObservation() {
    }

    VenueObservation(long instrumentId, String venue, Instant observedAt, Instant receivedAt, BigDecimal indexPrice,
                     VenueQuoteRequest request) {
        this.instrumentId = instrumentId;
        this.venue = venue;
        this.observedAt = observedAt;
        this.receivedAt = receivedAt;
        this.indexPrice = indexPrice;
        this.impactBid = request.impactBid();
        this.impactAsk = request.impactAsk();
        this.venueMark = request.venueMark();
    }

    /** Whether a retry carries the same prices as this report. */
    boolean reports(VenueQuoteRequest request) {
        return same(impactBid, request.impactBid()) && same(impactAsk, request.impactAsk())
                && same(venueMark, request.venueMark());
    }

    public VenueQuote quote() {
        return new VenueQuote(venue, observedAt, indexPrice.doubleValue(), optional(impactBid), optional(impactAsk),
                optional(venueMark));
    }

    public Long id() {
        return id;
    }

    public long instrumentId() {
        return instrumentId;
    }

    public String venue() {
        return venue;
    }

    public Instant observedAt() {
        return observedAt;
    }

    public BigDecimal indexPrice() {
        return indexPrice;
    }

    private static boolean same(BigDecimal stored, BigDecimal requested) {
        return stored == null ? requested == null : requested != null && stored.compareTo(requested) == 0;
    }

    private static OptionalDouble optional(BigDecimal value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
    }
}
