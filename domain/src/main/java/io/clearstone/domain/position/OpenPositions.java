package io.clearstone.domain.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The open (non-zero) positions in an instrument, in account order, as expiry, funding and pools read them. */
@ApplicationScoped
public class OpenPositions {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    public List<Position> in(long instrumentId) {
        return em.createQuery("select p from Position p where p.key.instrumentId = :i and p.quantity <> 0 "
                + "order by p.key.accountId", Position.class).setParameter("i", instrumentId).getResultList();
    }

    /** The long positions in an instrument, in account order: for a tranche note, its holders. */
    public List<Position> longIn(long instrumentId) {
        return in(instrumentId).stream().filter(p -> p.quantity().signum() > 0).toList();
    }
}
