package io.clearstone.domain.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The open (non-zero) positions in an instrument, in account order, as expiry and funding read them. */
@ApplicationScoped
public class OpenPositions {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;

    public List<Position> in(long instrumentId) {
        return em.createQuery("select p from Position p where p.key.instrumentId = :i and p.quantity <> 0 "
                + "order by p.key.accountId", Position.class).setParameter("i", instrumentId).getResultList();
    }
}
