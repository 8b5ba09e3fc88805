package io.clearstone.web.api;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.trading.TradeReceipt;
import io.clearstone.domain.trading.TradeRequest;
import io.clearstone.domain.trading.TradeService;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Trades executed elsewhere, submitted for clearing by a venue (role venue, for the instruments it is registered
 * for) or by an administrator standing in for one: a trader cannot put another owner's account on the other side.
 */
@Path("/trades")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trades")
public class TradeResource {

    @EJB
    TradeService trades;
    @Inject
    CallerResolver callers;
    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.VENUE})
    @Operation(summary = "Clear a trade: premium through the ledger, positions netted, both sides' initial margin "
            + "checked; idempotent by Idempotency-Key")
    @APIResponse(responseCode = "201", description = "The trade cleared; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TradeReceipt.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response clear(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid TradeRequest request) {
        Caller caller = callers.caller();
        TradeReceipt receipt = idempotency.run(IdempotencyKeys.request(caller, key, "POST /trades", request),
                TradeReceipt.class, () -> trades.clear(caller, request, IdempotencyKeys.reference(caller, key)));
        return Response.created(URI.create("trades/" + receipt.tradeId())).entity(receipt).build();
    }
}
