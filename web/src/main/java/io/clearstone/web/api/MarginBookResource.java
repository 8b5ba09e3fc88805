package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.health.UnpricedAccounts;
import io.clearstone.domain.margin.MarginBook;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The in-memory margin book as risk sees it: what it holds, and every account the margin monitor cannot value now
 * (neither safe nor liquidated until it can), with what each lacks.
 */
@Path("/margin/book")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "margin")
public class MarginBookResource {

    @Inject
    UnpricedAccounts unpriced;
    @EJB
    MarginBook book;

    @GET
    @RolesAllowed({Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "The margin book's size and the accounts that cannot be valued now, with the prices missing")
    public UnpricedAccounts.Status status() {
        return unpriced.status();
    }

    /** Idempotent: reading the database again twice leaves the same book as once. */
    @POST
    @Path("/reload")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read every portfolio account into the margin book again, now")
    public UnpricedAccounts.Status reload() {
        book.reload();
        return unpriced.status();
    }
}
