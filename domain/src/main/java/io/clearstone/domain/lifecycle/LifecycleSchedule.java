package io.clearstone.domain.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.clearstone.domain.instrument.InstrumentCreated;
import io.clearstone.instruments.spi.Funding;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The persisted schedule of every instrument's lifecycle events. An instrument's {@link ResolvedInstrument#schedule()}
 * is stored in the transaction that creates it, so the schedule exists iff the instrument does; each run adds the
 * occurrence that follows it ({@link #following}) in its own transaction, so a recurring kind never has a gap.
 *
 * <p>Funding is scheduled by the platform, not listed by the plugin: an instrument whose plugin declares
 * {@link ResolvedInstrument#funding()} gets a {@value ScheduledEvent#FUNDING} event at every multiple of
 * {@link Funding#interval()} since the epoch (8-hour funding falls at 00:00, 08:00 and 16:00 UTC), the first one after
 * its creation; a {@code funding} event the plugin lists itself is then left out, as the platform's stands for it.
 */
@ApplicationScoped
public class LifecycleSchedule {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    /** Stores a new instrument's events; runs inside the creating transaction. */
    void onCreated(@Observes InstrumentCreated created) {
        initialEvents(created.resolved(), created.instrument().createdAt())
                .forEach(event -> em.persist(new LifecycleEvent(created.instrument().id(), event)));
    }

    /** The events stored for an instrument created at {@code createdAt}, in the order they run. */
    static List<ScheduledEvent> initialEvents(ResolvedInstrument resolved, Instant createdAt) {
        List<ScheduledEvent> events = new ArrayList<>();
        Optional<Funding> funding = resolved.funding();
        for (ScheduledEvent event : resolved.schedule()) {
            if (funding.isEmpty() || !ScheduledEvent.FUNDING.equals(event.kind())) {
                events.add(event);
            }
        }
        funding.ifPresent(f -> events.add(new ScheduledEvent(ScheduledEvent.FUNDING,
                firstBoundaryAfter(createdAt, f.interval()))));
        events.sort(LifecycleOrder.EVENTS);
        return events;
    }

    /** The next multiple of {@code interval} since the epoch strictly after {@code from}. */
    static Instant firstBoundaryAfter(Instant from, Duration interval) {
        long step = interval.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(from.toEpochMilli(), step) * step + step);
    }

    /**
     * The occurrence that comes after {@code previous}: the next funding boundary for the platform's funding, else
     * whatever the plugin says ({@link ResolvedInstrument#following}); a following event not after the previous one is
     * a plugin error and refused, or a schedule could loop on one instant.
     */
    static Optional<ScheduledEvent> following(ResolvedInstrument resolved, ScheduledEvent previous) {
        Optional<ScheduledEvent> next = resolved.funding().filter(f -> ScheduledEvent.FUNDING.equals(previous.kind()))
                .map(f -> new ScheduledEvent(ScheduledEvent.FUNDING, previous.at().plus(f.interval())))
                .or(() -> resolved.following(previous));
        next.ifPresent(event -> {
            if (!event.at().isAfter(previous.at())) {
                throw new IllegalStateException("the plugin schedules " + event + " after " + previous
                        + ": a following event must come later");
            }
        });
        return next;
    }

    /** Schedules what follows {@code event} (in the caller's transaction); returns it, managed, if there is one. */
    public Optional<LifecycleEvent> scheduleFollowing(LifecycleEvent event, ResolvedInstrument resolved) {
        return following(resolved, event.scheduled()).map(next -> {
            LifecycleEvent stored = new LifecycleEvent(event.instrumentId(), next);
            em.persist(stored);
            return stored;
        });
    }

    /**
     * Locks the instrument's earliest pending event of {@code kind} and returns it, still pending. A row found done
     * once its lock is granted was run meanwhile by the lock's holder, which also stored its successor: the search
     * starts again and finds that one.
     */
    public Optional<LifecycleEvent> lockPending(long instrumentId, String kind) {
        while (true) {
            Optional<Long> id = em.createQuery("select e.id from LifecycleEvent e where e.instrumentId = :i "
                            + "and e.kind = :k and e.status = :pending order by e.dueAt", Long.class)
                    .setParameter("i", instrumentId).setParameter("k", kind)
                    .setParameter("pending", LifecycleStatus.PENDING).setMaxResults(1).getResultStream().findFirst();
            if (id.isEmpty()) {
                return Optional.empty();
            }
            LifecycleEvent event = em.find(LifecycleEvent.class, id.get(), LockModeType.PESSIMISTIC_WRITE);
            if (event != null && event.status() == LifecycleStatus.PENDING) {
                return Optional.of(event);
            }
        }
    }

    /** The instrument's earliest pending event of {@code kind}, unlocked (for reading). */
    public Optional<LifecycleEvent> pending(long instrumentId, String kind) {
        return em.createQuery("select e from LifecycleEvent e where e.instrumentId = :i and e.kind = :k "
                        + "and e.status = :pending order by e.dueAt", LifecycleEvent.class)
                .setParameter("i", instrumentId).setParameter("k", kind)
                .setParameter("pending", LifecycleStatus.PENDING).setMaxResults(1).getResultStream().findFirst();
    }

    /** The instrument's latest event of {@code kind}, pending or done. */
    public Optional<LifecycleEvent> latest(long instrumentId, String kind) {
        return em.createQuery("select e from LifecycleEvent e where e.instrumentId = :i and e.kind = :k "
                        + "order by e.dueAt desc", LifecycleEvent.class)
                .setParameter("i", instrumentId).setParameter("k", kind).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** An instrument's schedule and runs, in the order they run. */
    public List<LifecycleEventView> of(long instrumentId, int limit) {
        return em.createQuery("select e from LifecycleEvent e where e.instrumentId = :i order by e.dueAt, e.id",
                        LifecycleEvent.class).setParameter("i", instrumentId).getResultStream()
                .sorted(java.util.Comparator.comparing(LifecycleEvent::scheduled, LifecycleOrder.EVENTS))
                .limit(limit).map(LifecycleEvent::view).toList();
    }

    /** Pending events due by {@code now}, in the order they run. */
    public List<LifecycleEvent> due(Instant now) {
        return em.createQuery("select e from LifecycleEvent e where e.status = :pending and e.dueAt <= :now",
                        LifecycleEvent.class).setParameter("pending", LifecycleStatus.PENDING)
                .setParameter("now", now).getResultStream()
                .sorted(java.util.Comparator.comparing(LifecycleEvent::scheduled, LifecycleOrder.EVENTS)).toList();
    }

    /** The instrument's pending events due by {@code now}, in the order they run. */
    public List<LifecycleEvent> due(long instrumentId, Instant now) {
        return due(now).stream().filter(e -> e.instrumentId() == instrumentId).toList();
    }

    /** Whether a pending event of the instrument must run before {@code event}. */
    public boolean hasEarlierPending(LifecycleEvent event) {
        return em.createQuery("select e from LifecycleEvent e where e.instrumentId = :i and e.status = :pending "
                        + "and e.dueAt <= :at and e.id <> :id", LifecycleEvent.class)
                .setParameter("i", event.instrumentId()).setParameter("pending", LifecycleStatus.PENDING)
                .setParameter("at", event.dueAt()).setParameter("id", event.id()).getResultStream()
                .anyMatch(other -> LifecycleOrder.runsBefore(other.kind(), other.dueAt(), event.kind(),
                        event.dueAt()));
    }
}
