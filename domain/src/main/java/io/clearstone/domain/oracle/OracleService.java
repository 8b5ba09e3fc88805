package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Takes observations from registered sources and keeps each symbol's index: the median of fresh sources, guarded
 * against stale and manipulated prices by {@link MedianIndexCalculator}. Updates of one symbol are serialised by a
 * row lock on its index, so concurrent feeds (or servers) never interleave.
 */
@Stateless
public class OracleService {

    /** How far in the future a source's clock may be before its observation is refused. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<IndexPriceChanged> indexChanged;
    @Inject
    OracleConfiguration configuration;

    private final MedianIndexCalculator calculator = new MedianIndexCalculator();

    /** @param caller must be the source's reporter, or an administrator (the platform's own feeds run as one) */
    public ObservationReceipt submit(Caller caller, @NotNull @Valid ObservationRequest request) {
        Instant arrival = clock.instant();
        OracleSymbol symbol = Optional.ofNullable(em.find(OracleSymbol.class, request.symbol()))
                .orElseThrow(() -> new InvalidRequestException("oracle/unknown-symbol", "Unknown oracle symbol",
                        "symbol", "no listed asset is priced by " + request.symbol()));
        OracleSource source = em.find(OracleSource.class, request.source());
        if (source == null || !source.isEnabled()) {
            throw new InvalidRequestException("oracle/unknown-source", "Unknown or disabled source", "source",
                    "source " + request.source() + " is not registered and enabled");
        }
        if (!caller.isAdmin() && !source.reporter().equals(caller.name())) {
            throw new ForbiddenOperationException(caller.name() + " does not report for source " + source.name());
        }
        // the database keeps microseconds; truncate so a retried observation is recognised as the same one
        Instant observedAt = (request.observedAt() == null ? arrival : request.observedAt())
                .truncatedTo(ChronoUnit.MICROS);
        if (observedAt.isAfter(arrival.plus(CLOCK_SKEW))) {
            throw new InvalidRequestException("oracle/observed-in-future", "Observation from the future",
                    "observedAt", observedAt + " is after the server's clock " + arrival);
        }
        IndexPrice index = em.find(IndexPrice.class, symbol.symbol(), LockModeType.PESSIMISTIC_WRITE);
        // read the time only once the symbol is ours, so that published index times never go backwards
        Instant now = latest(clock.instant(), index.updatedAt());
        Optional<Observation> earlier = sameObservation(request, observedAt);
        if (earlier.isPresent()) {
            return replay(earlier.get(), request, index, symbol.rules(), arrival);
        }
        Observation observation = new Observation(symbol.symbol(), source.name(), request.price(), observedAt, now);
        em.persist(observation);

        IndexRules rules = symbol.rules();
        IndexDecision decision = calculator.decide(latestPerSource(symbol.symbol(), now.minus(rules.staleness())),
                index.price(), now, rules);
        observation.classify(statusOf(observation, decision, now, rules));
        if (decision.publishes()) {
            BigDecimal previous = index.price();
            index.update(decision.price(), decision.contributors().size(), now);
            if (previous == null || previous.compareTo(decision.price()) != 0) {
                em.persist(new IndexPriceHistory(symbol.symbol(), decision.price(), now));
                indexChanged.fire(new IndexPriceChanged(symbol.symbol(), previous, decision.price(), now));
            }
        }
        return new ObservationReceipt(observation.id(), symbol.symbol(), source.name(), request.price(), observedAt,
                observation.status(), decision.reason(), decision.contributors(), decision.suspects(),
                IndexView.of(index, rules, now));
    }

    public IndexView index(String symbol) {
        OracleSymbol config = requireSymbol(symbol);
        return IndexView.of(em.find(IndexPrice.class, symbol), config.rules(), clock.instant());
    }

    public List<IndexView> indices() {
        Instant now = clock.instant();
        return em.createQuery("select s from OracleSymbol s order by s.symbol", OracleSymbol.class).getResultStream()
                .map(s -> IndexView.of(em.find(IndexPrice.class, s.symbol()), s.rules(), now)).toList();
    }

    /** The index as published at an instant: the last change at or before it. */
    public Optional<BigDecimal> priceAt(String symbol, Instant at) {
        return em.createQuery("select h from IndexPriceHistory h where h.symbol = :s and h.effectiveAt <= :at "
                        + "order by h.effectiveAt desc, h.id desc", IndexPriceHistory.class)
                .setParameter("s", symbol).setParameter("at", at).setMaxResults(1).getResultStream()
                .map(h -> h.point().price()).findFirst();
    }

    /** The index's time-weighted average over the {@code window} ending now. */
    public TwapView twap(String symbol, Duration window) {
        Instant to = clock.instant();
        return twap(symbol, to.minus(window), to);
    }

    /** The index's time-weighted average over [from, to] (e.g. the 30 minutes before an expiry). */
    public TwapView twap(String symbol, Instant from, Instant to) {
        requireSymbol(symbol);
        List<PricePoint> history = new ArrayList<>();
        em.createQuery("select h from IndexPriceHistory h where h.symbol = :s and h.effectiveAt <= :from "
                        + "order by h.effectiveAt desc, h.id desc", IndexPriceHistory.class)
                .setParameter("s", symbol).setParameter("from", from).setMaxResults(1)
                .getResultStream().forEach(h -> history.add(h.point()));
        em.createQuery("select h from IndexPriceHistory h where h.symbol = :s and h.effectiveAt > :from "
                        + "and h.effectiveAt <= :to order by h.effectiveAt, h.id", IndexPriceHistory.class)
                .setParameter("s", symbol).setParameter("from", from).setParameter("to", to)
                .getResultStream().forEach(h -> history.add(h.point()));
        BigDecimal price = TimeWeightedAverage.over(history, from, to)
                .orElseThrow(() -> new NotFoundException("oracle", "index history of", symbol));
        return new TwapView(symbol, from, to, Decimals.plain(price));
    }

    public IndexView configure(String symbol, @NotNull @Valid SymbolRulesRequest request) {
        OracleSymbol config = requireSymbol(symbol);
        config.apply(request.rules());
        return IndexView.of(em.find(IndexPrice.class, symbol), config.rules(), clock.instant());
    }

    public SourceView register(@NotNull @Valid SourceRequest request) {
        if (em.find(OracleSource.class, request.name()) != null) {
            throw new ConflictException("oracle/source-exists", "Source already registered", "name",
                    "source " + request.name() + " is already registered");
        }
        OracleSource source = new OracleSource(request.name(), request.description(), request.reporter());
        em.persist(source);
        return SourceView.of(source);
    }

    public List<SourceView> sources() {
        return em.createQuery("select s from OracleSource s order by s.name", OracleSource.class).getResultStream()
                .map(SourceView::of).toList();
    }

    private OracleSymbol requireSymbol(String symbol) {
        return Optional.ofNullable(em.find(OracleSymbol.class, symbol))
                .orElseThrow(() -> new NotFoundException("oracle", "oracle symbol", symbol));
    }

    private List<Quote> latestPerSource(String symbol, Instant oldestFresh) {
        Map<String, Quote> latest = new LinkedHashMap<>();
        em.createQuery("select o from Observation o where o.symbol = :s and o.observedAt >= :since "
                        + "and o.source in (select s.name from OracleSource s where s.enabled = true) "
                        + "order by o.observedAt desc, o.id desc", Observation.class)
                .setParameter("s", symbol).setParameter("since", oldestFresh).getResultStream()
                .forEach(o -> latest.putIfAbsent(o.source(), o.quote()));
        return List.copyOf(latest.values());
    }

    private Optional<Observation> sameObservation(ObservationRequest request, Instant observedAt) {
        return em.createQuery("select o from Observation o where o.symbol = :s and o.source = :src "
                        + "and o.observedAt = :at", Observation.class)
                .setParameter("s", request.symbol()).setParameter("src", request.source())
                .setParameter("at", observedAt).getResultStream().findFirst();
    }

    private ObservationReceipt replay(Observation earlier, ObservationRequest request, IndexPrice index,
                                      IndexRules rules, Instant now) {
        if (earlier.price().compareTo(request.price()) != 0) {
            throw new ConflictException("oracle/conflicting-observation", "Conflicting observation", "price",
                    "source " + request.source() + " already reported " + earlier.price().toPlainString()
                            + " for " + request.symbol() + " at " + earlier.observedAt());
        }
        return new ObservationReceipt(earlier.id(), earlier.symbol(), earlier.source(), earlier.price(),
                earlier.observedAt(), earlier.status(), "already received", List.of(), Set.of(),
                IndexView.of(index, rules, now));
    }

    private static Instant latest(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static ObservationStatus statusOf(Observation observation, IndexDecision decision, Instant now,
                                              IndexRules rules) {
        if (observation.observedAt().isBefore(now.minus(rules.staleness()))) {
            return ObservationStatus.STALE;
        }
        if (decision.suspects().contains(observation.source())) {
            return ObservationStatus.SUSPECT;
        }
        return decision.publishes() && decision.contributors().contains(observation.source())
                ? ObservationStatus.ACCEPTED : ObservationStatus.PENDING;
    }
}
