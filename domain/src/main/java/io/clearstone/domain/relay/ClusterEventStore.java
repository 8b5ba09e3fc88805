package io.clearstone.domain.relay;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The outbox table: appends, the reads of the pollers, and pruning. */
@Stateless
public class ClusterEventStore {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    /**
     * Writes an event in the caller's transaction, with the change that fired it: both commit or neither does.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendWithTheChange(OutboxEntry entry) {
        em.persist(entry.toRow());
    }

    /** Writes events fired outside any transaction, in one transaction of their own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendBatch(List<OutboxEntry> entries) {
        entries.forEach(entry -> em.persist(entry.toRow()));
    }

    /** The newest id, or 0: where a starting node begins reading. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long newestId() {
        Long newest = em.createQuery("select max(e.id) from ClusterEvent e", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }

    /** The rows after {@code highestRead} and those among {@code gaps}, lowest id first (primary-key range scans). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClusterEvent> after(long highestRead, Collection<Long> gaps, int limit) {
        String where = gaps.isEmpty() ? "e.id > :highest" : "(e.id > :highest or e.id in :gaps)";
        var query = em.createQuery("select e from ClusterEvent e where " + where + " order by e.id",
                ClusterEvent.class).setParameter("highest", highestRead).setMaxResults(limit);
        if (!gaps.isEmpty()) {
            query.setParameter("gaps", List.copyOf(gaps));
        }
        return query.getResultList();
    }

    /** Deletes up to {@code batch} of the oldest rows written before {@code cutoff}; answers how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int prune(Instant cutoff, int batch) {
        List<Long> old = em.createQuery("select e.id from ClusterEvent e where e.createdAt < :cutoff order by e.id",
                Long.class).setParameter("cutoff", cutoff).setMaxResults(batch).getResultList();
        if (old.isEmpty()) {
            return 0;
        }
        return em.createQuery("delete from ClusterEvent e where e.id in :ids").setParameter("ids", old)
                .executeUpdate();
    }
}
