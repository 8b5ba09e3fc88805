package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.ledger.LedgerAudit;
import io.clearstone.domain.ledger.Reconciliation;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The ledger as a whole, for risk officers and administrators. */
@Path("/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RISK_OFFICER, Roles.ADMIN})
@Tag(name = "ledger")
public class LedgerResource {

    @EJB
    LedgerAudit audit;

    @GET
    @Path("/reconciliation")
    @Operation(summary = "Check the books from the stored rows: per asset, balances and journal sum to zero and "
            + "every balance equals its journal sum")
    public Reconciliation reconcile() {
        return audit.reconcile();
    }
}
