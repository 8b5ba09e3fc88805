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
import io.clearstone.domain.shared.Roles;
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
 * against stale and manipulated prices by {@link MedianIndexCalculator}, counting each reporting principal once
 * ({@link DistinctReporters}), and against a forged quorum by the {@link CircuitBreaker}. Updates of one symbol are serialised by a
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
    @Inject
    Event<OracleAlertView> alertRaised;

    private final MedianIndexCalculator calculator = new MedianIndexCalculator();

    /**
     * @param caller must be the source's reporter, an oracle principal; administrators manage sources and rules but
     *               never report prices (the platform's own feeds report as their sources' reporters)
     */
    public ObservationReceipt submit(Caller caller, @NotNull @Valid ObservationRequest request) {
        Instant arrival = clock.instant();
        OracleSymbol symbol = Optional.ofNullable(em.find(OracleSymbol.class, request.symbol()))
                .orElseThrow(() -> new InvalidRequestException("oracle/unknown-symbol", "Unknown oracle symbol",
                        "symbol", "no listed asset is priced by " + request.symbol()));
        OracleSource source = requireEnabledSource(request.source());
        if (!mayReport(caller, source.reporter())) {
            throw new ForbiddenOperationException(caller.name() + " does not report for source " + source.name()
                    + (caller.isAdmin() ? ": administrators do not report prices" : ""));
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
        DistinctReporters fresh = latestPerReporter(symbol.symbol(), now.minus(rules.staleness()));
        IndexDecision decision = calculator.decide(fresh.quotes(), index.price(), now, rules);
        String reason = decision.reason();
        boolean held = false;
        if (decision.publishes()) {
            Guarded guarded = publishOrHold(index, rules, decision, fresh, now);
            held = guarded.held();
            reason = reason + guarded.note();
        }
        observation.classify(statusOf(observation, decision, held, now, rules));
        return new ObservationReceipt(observation.id(), symbol.symbol(), source.name(), request.price(), observedAt,
                observation.status(), reason, decision.contributors(), decision.suspects(),
                IndexView.of(index, rules, now));
    }

    /**
     * Ends a symbol's halt on an administrator's word: the index is computed afresh from the fresh sources, without
     * the circuit breaker, and the band starts again from it. Releasing a symbol that is not halted changes nothing.
     */
    public IndexView release(Caller caller, String symbol) {
        if (!caller.isAdmin()) {
            throw new ForbiddenOperationException(caller.name() + " may not release a halted index");
        }
        OracleSymbol config = requireSymbol(symbol);
        IndexPrice index = em.find(IndexPrice.class, symbol, LockModeType.PESSIMISTIC_WRITE);
        Instant now = latest(clock.instant(), index.updatedAt());
        if (!index.halted()) {
            return IndexView.of(index, config.rules(), now);
        }
        IndexRules rules = config.rules();
        BigDecimal held = index.heldPrice();
        DistinctReporters fresh = latestPerReporter(symbol, now.minus(rules.staleness()));
        IndexDecision decision = calculator.decide(fresh.quotes(), index.price(), now, rules);
        if (decision.publishes()) {
            publish(index, decision, now);
        }
        index.clearHold(now);
        raise(new OracleAlert(symbol, OracleAlertKind.RELEASED, index.price(), held, caller.name(),
                "released by an administrator; " + decision.reason(), now));
        return IndexView.of(index, rules, now);
    }

    /** The circuit breaker's alerts, newest first; of one symbol, or of all when {@code symbol} is null. */
    public List<OracleAlertView> alerts(String symbol) {
        if (symbol != null) {
            requireSymbol(symbol);
        }
        var query = symbol == null
                ? em.createQuery("select a from OracleAlert a order by a.raisedAt desc, a.id desc", OracleAlert.class)
                : em.createQuery("select a from OracleAlert a where a.symbol = :s order by a.raisedAt desc, a.id desc",
                        OracleAlert.class).setParameter("s", symbol);
        return query.setMaxResults(100).getResultStream().map(OracleAlert::view).toList();
    }

    /** The principal a platform feed reports a source's observations as: the source's own reporter. */
    public Caller reporterOf(String sourceName) {
        return Caller.of(requireEnabledSource(sourceName).reporter(), Roles.ORACLE);
    }

    /** Only an oracle principal reports, only for its own sources, and never one that is also an administrator. */
    public static boolean mayReport(Caller caller, String reporter) {
        return caller.hasRole(Roles.ORACLE) && !caller.isAdmin() && reporter.equals(caller.name());
    }

    private record Guarded(boolean held, String note) {
    }

    /** Publishes the decision unless the circuit breaker holds it; raises the breaker's alerts. */
    private Guarded publishOrHold(IndexPrice index, IndexRules rules, IndexDecision decision, DistinctReporters fresh,
                                  Instant now) {
        Set<String> behind = fresh.reportersOf(decision.contributors());
        boolean beyond = CircuitBreaker.trips(bandReference(index, rules, now), decision.price(), rules);
        String symbol = index.symbol();
        if (index.halted()) {
            BigDecimal held = index.heldPrice();
            if (!beyond) {
                publish(index, decision, now);
                index.clearHold(now);
                raise(new OracleAlert(symbol, OracleAlertKind.RESUMED, index.price(), held, String.join(",", behind),
                        "sources back within the band of " + rules.maxMovePerInterval(), now));
                return new Guarded(false, "; halt ended, back within the band");
            }
            Set<String> independent = CircuitBreaker.independentOf(index.heldBy(), behind);
            if (CircuitBreaker.confirms(index.heldBy(), behind, rules)) {
                publish(index, decision, now);
                index.clearHold(now);
                raise(new OracleAlert(symbol, OracleAlertKind.CONFIRMED, index.price(), decision.price(),
                        String.join(",", independent), "move confirmed by reporters independent of those that halted it ("
                        + String.join(",", index.heldBy()) + ")", now));
                return new Guarded(false, "; halt ended, confirmed by independent reporters " + independent);
            }
            index.hold(decision.price(), behind, now);
            return new Guarded(true, "; held by the circuit breaker: " + independent.size() + " of "
                    + rules.minQuorum() + " independent reporters confirm");
        }
        if (beyond) {
            index.hold(decision.price(), behind, now);
            raise(new OracleAlert(symbol, OracleAlertKind.HALTED, index.price(), decision.price(),
                    String.join(",", behind), "move beyond " + rules.maxMovePerInterval() + " within "
                    + rules.moveInterval() + " held until an independent quorum confirms it", now));
            return new Guarded(true, "; held by the circuit breaker: a move beyond " + rules.maxMovePerInterval()
                    + " within " + rules.moveInterval());
        }
        publish(index, decision, now);
        return new Guarded(false, "");
    }

    private void publish(IndexPrice index, IndexDecision decision, Instant now) {
        BigDecimal previous = index.price();
        index.update(decision.price(), decision.contributors().size(), now);
        if (previous == null || previous.compareTo(decision.price()) != 0) {
            em.persist(new IndexPriceHistory(index.symbol(), decision.price(), now));
            indexChanged.fire(new IndexPriceChanged(index.symbol(), previous, decision.price(), now));
        }
    }

    private void raise(OracleAlert alert) {
        em.persist(alert);
        alertRaised.fire(alert.view());
    }

    /**
     * What the circuit breaker measures a move from: the index as published at the start of the move interval (or
     * at the last confirmed level, if later), else the first index published since, else the current one.
     */
    private BigDecimal bandReference(IndexPrice index, IndexRules rules, Instant now) {
        Instant from = now.minus(rules.moveInterval());
        if (index.bandFrom() != null && index.bandFrom().isAfter(from)) {
            from = index.bandFrom();
        }
        return priceAt(index.symbol(), from).or(() -> em.createQuery("select h from IndexPriceHistory h "
                                + "where h.symbol = :s order by h.effectiveAt, h.id", IndexPriceHistory.class)
                        .setParameter("s", index.symbol()).setMaxResults(1).getResultStream()
                        .map(h -> h.point().price()).findFirst())
                .orElse(index.price());
    }

    private OracleSource requireEnabledSource(String name) {
        OracleSource source = em.find(OracleSource.class, name);
        if (source == null || !source.isEnabled()) {
            throw new InvalidRequestException("oracle/unknown-source", "Unknown or disabled source", "source",
                    "source " + name + " is not registered and enabled");
        }
        return source;
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
        config.apply(request.rules(config.rules()));
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

    /** Each enabled source's latest fresh quote, then one per reporter (see {@link DistinctReporters}). */
    private DistinctReporters latestPerReporter(String symbol, Instant oldestFresh) {
        Map<String, ReportedQuote> latest = new LinkedHashMap<>();
        em.createQuery("select o, s.reporter from Observation o, OracleSource s where s.name = o.source "
                        + "and s.enabled = true and o.symbol = :s and o.observedAt >= :since "
                        + "order by o.observedAt desc, o.id desc", Object[].class)
                .setParameter("s", symbol).setParameter("since", oldestFresh).getResultStream()
                .forEach(row -> {
                    Observation o = (Observation) row[0];
                    latest.putIfAbsent(o.source(), new ReportedQuote((String) row[1], o.quote()));
                });
        return DistinctReporters.of(latest.values());
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

    private static ObservationStatus statusOf(Observation observation, IndexDecision decision, boolean held,
                                              Instant now, IndexRules rules) {
        if (observation.observedAt().isBefore(now.minus(rules.staleness()))) {
            return ObservationStatus.STALE;
        }
        if (decision.suspects().contains(observation.source())) {
            return ObservationStatus.SUSPECT;
        }
        if (!decision.publishes() || !decision.contributors().contains(observation.source())) {
            return ObservationStatus.PENDING;
        }
        return held ? ObservationStatus.HELD : ObservationStatus.ACCEPTED;
    }
}
