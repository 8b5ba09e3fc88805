package io.clearstone.web.api;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.securitization.CollectionReceipt;
import io.clearstone.domain.securitization.CreatePoolRequest;
import io.clearstone.domain.securitization.PoolIssuance;
import io.clearstone.domain.securitization.PoolPricing;
import io.clearstone.domain.securitization.PoolProposalView;
import io.clearstone.domain.securitization.PoolQueries;
import io.clearstone.domain.securitization.PoolReconciliation;
import io.clearstone.domain.securitization.PoolServicing;
import io.clearstone.domain.securitization.PoolView;
import io.clearstone.domain.securitization.ServicerReport;
import io.clearstone.domain.securitization.WaterfallView;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import io.clearstone.web.request.BulkBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Securitization pools: an administrator proposes one for a sponsor account, after whatever due diligence the
 * institution requires (its notes count as collateral), and the account's owner approves it, which creates it; the
 * pool's named servicer (an oracle principal) reports
 * collections; the servicer or an administrator runs each period's waterfall. Everyone signed in may read pools, the
 * market their notes trade on.
 */
@Path("/pools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "securitization")
@RolesAllowed({Roles.TRADER, Roles.RISK_OFFICER, Roles.ORACLE, Roles.ADMIN})
public class PoolResource {

    @EJB
    PoolIssuance issuance;
    @EJB
    PoolServicing servicing;
    @EJB
    PoolQueries queries;
    @EJB
    PoolPricing pricing;
    @Inject
    CallerResolver callers;
    @Inject
    Idempotency idempotency;

    @POST
    @BulkBody
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Propose securitizing a sponsor account's loans, tokens and reserve into tranches whose notes "
            + "it receives; administrators only, since notes count as collateral. Nothing moves until the sponsor "
            + "account's owner approves the proposal (202 with the PENDING proposal; idempotent by Idempotency-Key)")
    public Response propose(@HeaderParam(IdempotencyKeys.HEADER) String key,
                            @NotNull @Valid CreatePoolRequest request) {
        Caller caller = callers.caller();
        PoolProposalView proposed = idempotency.run(IdempotencyKeys.request(caller, key, "POST /pools", request),
                PoolProposalView.class, () -> issuance.propose(caller, request));
        return Response.accepted(proposed).location(URI.create("pools/proposals/" + proposed.id())).build();
    }

    @GET
    @Path("/proposals")
    @Operation(summary = "Proposed pools: all for risk officers and administrators, a trader's own sponsorships")
    public List<PoolProposalView> proposals() {
        return issuance.proposals(callers.caller());
    }

    @GET
    @Path("/proposals/{id}")
    @Operation(summary = "One pool proposal awaiting its sponsor's consent")
    public PoolProposalView proposal(@PathParam("id") long id) {
        return issuance.proposal(callers.caller(), id);
    }

    @POST
    @Path("/proposals/{id}/approval")
    @Operation(summary = "The sponsor account's owner consents to a proposed pool: it is created, pledging the "
            + "owner's assets as proposed (idempotent by Idempotency-Key; approving again returns the pool)")
    @APIResponse(responseCode = "201", description = "The pool created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PoolView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response approve(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        Caller caller = callers.caller();
        PoolView created = idempotency.run(IdempotencyKeys.request(caller, key,
                        "POST /pools/proposals/" + id + "/approval", ""), PoolView.class,
                () -> issuance.approve(caller, id, IdempotencyKeys.reference(caller, key)));
        return Response.created(URI.create("pools/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Every securitization pool")
    public List<PoolView> list() {
        return queries.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One pool with its tranches, loans and periods")
    public PoolView get(@PathParam("id") long id) {
        return queries.view(id);
    }

    @GET
    @Path("/{id}/pricing")
    @Operation(summary = "Each tranche as priced now: note price, expected loss share, fair spread, remaining life")
    public List<PoolPricing.TranchePricing> pricing(@PathParam("id") long id) {
        return pricing.price(id);
    }

    @GET
    @Path("/{id}/reconciliation")
    @Operation(summary = "Whether performing par equals the tranches' balances and the accounts hold what they should")
    public PoolReconciliation reconciliation(@PathParam("id") long id) {
        return queries.reconcile(id);
    }

    @POST
    @BulkBody
    @Path("/{id}/servicer-reports")
    @RolesAllowed(Roles.ORACLE)
    @Operation(summary = "Report the open period's interest, principal, defaults and recoveries per loan, with the "
            + "cash remitted (idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The period report recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CollectionReceipt.class)))
    public Response report(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String key,
                           @NotNull @Valid ServicerReport report) {
        Caller caller = callers.caller();
        CollectionReceipt receipt = idempotency.run(IdempotencyKeys.request(caller, key,
                        "POST /pools/" + id + "/servicer-reports", report), CollectionReceipt.class,
                () -> servicing.report(caller, id, report, IdempotencyKeys.reference(caller, key)));
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @POST
    @Path("/{id}/waterfalls")
    @RolesAllowed({Roles.ORACLE, Roles.ADMIN})
    @Operation(summary = "Run the open period's waterfall and close the period (idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The waterfall run, the period closed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WaterfallView.class)))
    public Response runWaterfall(@PathParam("id") long id, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        Caller caller = callers.caller();
        WaterfallView ran = idempotency.run(IdempotencyKeys.request(caller, key, "POST /pools/" + id + "/waterfalls",
                ""), WaterfallView.class, () -> servicing.runWaterfall(caller, id, IdempotencyKeys.reference(caller, key)));
        return Response.status(Response.Status.CREATED).entity(ran).build();
    }

    @GET
    @Path("/{id}/waterfalls")
    @Operation(summary = "The pool's waterfall runs, one per closed period")
    public List<WaterfallView> waterfalls(@PathParam("id") long id) {
        return servicing.waterfalls(id);
    }
}
