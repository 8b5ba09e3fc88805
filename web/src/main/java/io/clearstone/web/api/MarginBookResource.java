package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.engine.ClearingEngine;
import io.clearstone.domain.health.ClusterStatus;
import io.clearstone.domain.health.UnpricedAccounts;
import io.clearstone.domain.margin.MarginBook;
import io.clearstone.domain.shared.ConflictException;
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
 * (neither safe nor liquidated until it can), with what each lacks. The book lives on the node that runs the
 * clearing engine ({@code GET /cluster} names it); another node's answer is its own, empty, book.
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
    @EJB
    ClearingEngine engine;
    @Inject
    ClusterStatus cluster;

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
        if (!engine.running()) {
            ClusterStatus.View cluster = this.cluster.view();
            throw new ConflictException("cluster/engine-elsewhere", "The margin book lives on another node", null,
                    "node " + cluster.node() + " does not run the clearing engine; "
                            + (cluster.engineNode() == null ? "no node runs it now" : cluster.engineNode() + " does"));
        }
        book.reload();
        return unpriced.status();
    }
}
