package io.clearstone.web.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.trading.VenueInstrument;
import io.clearstone.domain.trading.VenueRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Which venue identity may submit trades for which instrument; set by administrators. */
@Path("/venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "trades")
public class VenueResource {

    /** One registration as the API shows it. */
    public record Registration(String venue, long instrumentId, Instant registeredAt) {
        static Registration of(VenueInstrument v) {
            return new Registration(v.venueName(), v.instrumentId(), v.registeredAt());
        }
    }

    @EJB
    VenueRegistry registry;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.RISK_OFFICER})
    @Operation(summary = "Every venue's registered instruments")
    public List<Registration> all() {
        return registry.all().stream().map(Registration::of).toList();
    }

    @PUT
    @Path("/{name}/instruments/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Let a venue identity submit trades for an instrument (idempotent)")
    public Registration register(@PathParam("name") String name, @PathParam("id") long instrumentId) {
        return Registration.of(registry.register(name, instrumentId));
    }

    @DELETE
    @Path("/{name}/instruments/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Withdraw a venue's right to submit trades for an instrument (idempotent)")
    public Response unregister(@PathParam("name") String name, @PathParam("id") long instrumentId) {
        registry.unregister(name, instrumentId);
        return Response.noContent().build();
    }
}
