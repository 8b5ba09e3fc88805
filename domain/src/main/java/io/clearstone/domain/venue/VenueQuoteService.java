package io.clearstone.domain.venue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.oracle.OracleSource;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.VenueQuote;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Venue reports for instruments (impact prices, venue marks), from the source's reporter. They feed an instrument's
 * mark price (each venue's latest report within the underlying index's staleness window) and its funding (every
 * report of the interval is a premium sample).
 */
@Stateless
public class VenueQuoteService {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @EJB
    OracleService oracle;
    @Inject
    InstrumentMarkets markets;
    @Inject
    Clock clock;

    /** @param caller the venue's reporter, an oracle principal (administrators do not report prices) */
    public VenueQuoteReceipt submit(Caller caller, long instrumentId, @NotNull @Valid VenueQuoteRequest request) {
        Instant arrival = clock.instant();
        Instrument instrument = instruments.require(instrumentId);
        if (instrument.status() != InstrumentStatus.ACTIVE) {
            throw new ConflictException("instrument/not-active", "Instrument not active", null,
                    "instrument " + instrumentId + " is " + instrument.status());
        }
        requireConsistentPrices(request);
        OracleSource source = em.find(OracleSource.class, request.venue());
        if (source == null || !source.isEnabled()) {
            throw new InvalidRequestException("oracle/unknown-source", "Unknown or disabled source", "venue",
                    "venue " + request.venue() + " is not a registered, enabled source");
        }
        if (!OracleService.mayReport(caller, source.reporter())) {
            throw new ForbiddenOperationException(caller.name() + " does not report for venue " + source.name()
                    + (caller.isAdmin() ? ": administrators do not report prices" : ""));
        }
        Instant observedAt = (request.observedAt() == null ? arrival : request.observedAt())
                .truncatedTo(ChronoUnit.MICROS);
        if (observedAt.isAfter(arrival.plus(OracleService.CLOCK_SKEW))) {
            throw new InvalidRequestException("oracle/observed-in-future", "Observation from the future",
                    "observedAt", observedAt + " is after the server's clock " + arrival);
        }
        Optional<VenueObservation> earlier = sameReport(instrumentId, request.venue(), observedAt);
        if (earlier.isPresent()) {
            if (!earlier.get().reports(request)) {
                throw new ConflictException("venue/quote-conflict", "A different report exists", "observedAt",
                        "venue " + request.venue() + " already reported other prices at " + observedAt);
            }
            return receipt(instrument, earlier.get());
        }
        IndexView index = oracle.index(instrument.underlying());
        if (!index.usable()) {
            throw new ConflictException("oracle/index-stale", "No usable index", null, "the index "
                    + instrument.underlying() + " is stale or unset, so a venue basis cannot be measured");
        }
        VenueObservation observation = new VenueObservation(instrumentId, request.venue(), observedAt, arrival,
                index.price(), request);
        em.persist(observation);
        return receipt(instrument, observation);
    }

    /** Each venue's latest report in (at − freshness, at], by venue name. */
    public List<VenueQuote> latest(long instrumentId, Instant at, Duration freshness) {
        Map<String, VenueQuote> latest = new LinkedHashMap<>();
        em.createQuery("select q from VenueObservation q where q.instrumentId = :i and q.observedAt > :from "
                        + "and q.observedAt <= :at order by q.venue, q.observedAt desc", VenueObservation.class)
                .setParameter("i", instrumentId).setParameter("from", at.minus(freshness)).setParameter("at", at)
                .getResultStream().forEach(q -> latest.putIfAbsent(q.venue(), q.quote()));
        return List.copyOf(latest.values());
    }

    /** Every report observed in [from, to), oldest first. */
    public List<VenueQuote> during(long instrumentId, Instant from, Instant to) {
        return em.createQuery("select q from VenueObservation q where q.instrumentId = :i and q.observedAt >= :from "
                        + "and q.observedAt < :to order by q.observedAt, q.id", VenueObservation.class)
                .setParameter("i", instrumentId).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(VenueObservation::quote).toList();
    }

    private Optional<VenueObservation> sameReport(long instrumentId, String venue, Instant observedAt) {
        return em.createQuery("select q from VenueObservation q where q.instrumentId = :i and q.venue = :v "
                        + "and q.observedAt = :at", VenueObservation.class)
                .setParameter("i", instrumentId).setParameter("v", venue).setParameter("at", observedAt)
                .getResultStream().findFirst();
    }

    private VenueQuoteReceipt receipt(Instrument instrument, VenueObservation observation) {
        MarketSnapshot market = markets.of(instrument, markets.current());
        java.util.OptionalDouble priced = instruments.resolve(instrument).price(market).asDouble();
        Double mark = priced.isPresent() ? priced.getAsDouble() : null;
        return new VenueQuoteReceipt(observation.id(), instrument.id(), observation.venue(),
                observation.observedAt(), observation.indexPrice(), observation.quote().basis(), mark);
    }

    private static void requireConsistentPrices(VenueQuoteRequest request) {
        if ((request.impactBid() == null) != (request.impactAsk() == null)) {
            throw new InvalidRequestException("venue/incomplete-impact-prices", "Incomplete impact prices",
                    request.impactBid() == null ? "impactBid" : "impactAsk", "impact bid and ask come together");
        }
        if (request.impactBid() == null && request.venueMark() == null) {
            throw new InvalidRequestException("venue/empty-quote", "Nothing reported", "venueMark",
                    "report impactBid and impactAsk, venueMark, or both");
        }
        if (request.impactBid() != null && request.impactBid().compareTo(request.impactAsk()) > 0) {
            throw new InvalidRequestException("venue/crossed-impact-prices", "Crossed impact prices", "impactBid",
                    "the impact bid " + request.impactBid() + " is above the impact ask " + request.impactAsk());
        }
    }
}
