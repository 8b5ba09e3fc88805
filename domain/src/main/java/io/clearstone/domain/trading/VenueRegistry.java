package io.clearstone.domain.trading;

import java.time.Clock;
import java.util.List;

import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.Roles;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which venue identity may submit trades for which instrument. Administrators register venues and may submit for any
 * instrument themselves (standing in for an operator); a venue identity only for the instruments it is registered
 * for, so that one venue can never clear on another's market.
 */
@Stateless
public class VenueRegistry {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @Inject
    Clock clock;

    /** Idempotent: registering twice keeps the first registration. */
    public VenueInstrument register(String venueName, long instrumentId) {
        if (venueName == null || venueName.isBlank() || venueName.length() > 64) {
            throw new InvalidRequestException("venue/invalid-name", "Invalid venue name", "name",
                    "a venue name is 1 to 64 characters");
        }
        instruments.require(instrumentId);
        VenueInstrument existing = em.find(VenueInstrument.class, new VenueInstrument.Key(venueName, instrumentId));
        if (existing != null) {
            return existing;
        }
        VenueInstrument registration = new VenueInstrument(venueName, instrumentId, clock.instant());
        em.persist(registration);
        return registration;
    }

    /** @return whether a registration was removed */
    public boolean unregister(String venueName, long instrumentId) {
        VenueInstrument existing = em.find(VenueInstrument.class, new VenueInstrument.Key(venueName, instrumentId));
        if (existing == null) {
            return false;
        }
        em.remove(existing);
        return true;
    }

    public List<VenueInstrument> all() {
        return em.createQuery("select v from VenueInstrument v order by v.venueName, v.instrumentId",
                VenueInstrument.class).getResultList();
    }

    /** Refuses a caller that may not submit trades for this instrument. */
    public void requireMaySubmit(Caller caller, long instrumentId) {
        if (caller.isAdmin()) {
            return;
        }
        if (!caller.hasRole(Roles.VENUE)
                || em.find(VenueInstrument.class, new VenueInstrument.Key(caller.name(), instrumentId)) == null) {
            throw new ForbiddenOperationException("venue " + caller.name() + " is not registered for instrument "
                    + instrumentId);
        }
    }
}
