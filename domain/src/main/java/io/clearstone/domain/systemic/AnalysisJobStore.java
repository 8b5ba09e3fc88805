package io.clearstone.domain.systemic;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The background jobs' rows. Each write is its own short transaction: a job's progress must not wait for, nor roll
 * back with, whatever transaction its work runs in.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AnalysisJobStore {

    static final int ERROR_LENGTH = 2_000;

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    public void started(String id, String kind, String node, Instant at) {
        em.persist(new StoredAnalysisJob(id, kind, node, at));
    }

    /** Records progress (never backwards) and the heartbeat of a job still running. */
    public void progressed(String id, double share, Instant at) {
        em.createQuery("update StoredAnalysisJob j set j.progress = :share, j.updatedAt = :at "
                        + "where j.id = :id and j.state = 'RUNNING' and j.progress < :share")
                .setParameter("share", share).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    /** The heartbeat of the jobs this node runs. */
    public void alive(Collection<String> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createQuery("update StoredAnalysisJob j set j.updatedAt = :at where j.id in :ids and j.state = 'RUNNING'")
                    .setParameter("at", at).setParameter("ids", List.copyOf(ids)).executeUpdate();
        }
    }

    public void done(String id, String resultJson, Instant at) {
        em.createQuery("update StoredAnalysisJob j set j.state = 'DONE', j.progress = 1, j.resultJson = :json, "
                        + "j.finishedAt = :at, j.updatedAt = :at where j.id = :id")
                .setParameter("json", resultJson).setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    public void failed(String id, String reason, Instant at) {
        String error = reason == null ? "failed" : reason;
        em.createQuery("update StoredAnalysisJob j set j.state = 'FAILED', j.error = :error, j.finishedAt = :at, "
                        + "j.updatedAt = :at where j.id = :id")
                .setParameter("error", error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error)
                .setParameter("at", at).setParameter("id", id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoredAnalysisJob> find(String id) {
        return Optional.ofNullable(em.find(StoredAnalysisJob.class, id));
    }

    /** Deletes the jobs that ended before {@code cutoff}, and those whose node stopped answering before it. */
    public int forgetEndedBefore(Instant cutoff) {
        return em.createQuery("delete from StoredAnalysisJob j where j.finishedAt < :cutoff "
                + "or (j.finishedAt is null and j.updatedAt < :cutoff)").setParameter("cutoff", cutoff).executeUpdate();
    }
}
