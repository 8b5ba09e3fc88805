package io.clearstone.web.api;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.funding.FundingService;
import io.clearstone.domain.funding.FundingView;
import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.instrument.ShortfallPolicy;
import io.clearstone.domain.lifecycle.LifecycleEventView;
import io.clearstone.domain.lifecycle.LifecycleSchedule;
import io.clearstone.domain.instrument.CreateInstrumentRequest;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentView;
import io.clearstone.domain.settlement.ExpirySettlement;
import io.clearstone.domain.settlement.SettlementView;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.venue.VenueQuoteReceipt;
import io.clearstone.domain.venue.VenueQuoteRequest;
import io.clearstone.domain.venue.VenueQuoteService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Instruments of any installed type, created by administrators from JSON terms. */
@Path("/instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "instruments")
public class InstrumentResource {

    @EJB
    InstrumentService instruments;
    @Inject
    CallerResolver callers;
    @Inject
    Idempotency idempotency;
    @EJB
    ExpirySettlement settlement;
    @EJB
    VenueQuoteService venues;
    @EJB
    FundingService funding;
    @Inject
    LifecycleSchedule lifecycle;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create an instrument of an installed type from its terms (idempotent by Idempotency-Key)")
    @APIResponse(responseCode = "201", description = "The instrument created; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = InstrumentView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key,
                           @NotNull @Valid CreateInstrumentRequest request) {
        Caller caller = callers.caller();
        InstrumentView created = idempotency.run(IdempotencyKeys.request(caller, key, "POST /instruments",
                        new Canonical(request.type(), request.terms().toString())),
                InstrumentView.class, () -> instruments.create(request));
        return Response.created(URI.create("instruments/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Every instrument, of every installed type")
    public List<InstrumentView> list() {
        return instruments.all();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One instrument with its terms and lifecycle state")
    public InstrumentView get(@PathParam("id") long id) {
        return instruments.get(id);
    }

    @POST
    @Path("/{id}/settlement")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Settle an expired instrument now (the scheduler does it by itself; settling twice changes "
            + "nothing and returns the settlement)")
    public SettlementView settle(@PathParam("id") long id) {
        return settlement.settleOnRequest(id);
    }

    @POST
    @Path("/{id}/venue-quotes")
    @RolesAllowed(Roles.ORACLE)
    @Operation(summary = "Report a venue's impact bid/ask and/or mark for the instrument, for a venue (oracle source) "
            + "the caller reports for; the same (venue, observedAt) and prices again is harmless")
    public VenueQuoteReceipt quote(@PathParam("id") long id, @NotNull @Valid VenueQuoteRequest quote) {
        return venues.submit(callers.caller(), id, quote);
    }

    @GET
    @Path("/{id}/funding")
    @Operation(summary = "The instrument's funding: next boundary, the rate it would pay if fixed now, and the "
            + "intervals paid, newest first")
    public FundingView funding(@PathParam("id") long id,
                               @QueryParam("limit") @DefaultValue("100") String limit) {
        return funding.view(id, QueryParameters.intBetween("limit", limit, 1, 1000));
    }

    @GET
    @Path("/{id}/events")
    @RolesAllowed({Roles.TRADER, Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "The instrument's lifecycle events (expiry, funding, daily settlements, its plugin's own "
            + "kinds) in the order they run: pending ones, and for those that ran the price, positions and journal "
            + "transaction they booked")
    public List<LifecycleEventView> events(@PathParam("id") long id,
                                           @QueryParam("limit") @DefaultValue("1000") String limit) {
        instruments.require(id);
        return lifecycle.of(id, QueryParameters.intBetween("limit", limit, 1, 10000));
    }

    @PUT
    @Path("/{id}/shortfall-policy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Choose who covers a bankrupt holder's shortfall once the insurance fund cannot: "
            + "AUTO_DELEVERAGING or SOCIALIZED_LOSS")
    public InstrumentView shortfallPolicy(@PathParam("id") long id, @NotNull @Valid ShortfallPolicyRequest request) {
        return instruments.changeShortfallPolicy(id, request.policy());
    }

    /** The policy to set. */
    public record ShortfallPolicyRequest(@NotNull ShortfallPolicy policy) {
    }

    /** What identifies a creation request for its idempotency key. */
    public record Canonical(String type, String terms) {
    }
}
