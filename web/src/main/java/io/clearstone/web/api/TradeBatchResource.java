package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.trading.TradeBatchReceipt;
import io.clearstone.domain.trading.TradeBatchRequest;
import io.clearstone.domain.trading.TradeBatches;
import io.clearstone.web.request.BulkBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Many trades in one request, each with the venue's client id. The answer is 200 with a result per trade, in order,
 * even when some were refused: the batch as a whole is refused (422) only when it is malformed (empty, too large,
 * a client id twice).
 */
@Path("/trade-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "trades")
public class TradeBatchResource {

    @Inject
    TradeBatches batches;
    @Inject
    CallerResolver callers;

    @POST
    @BulkBody
    @RolesAllowed({Roles.ADMIN, Roles.VENUE})
    @Operation(summary = "Clear a batch of trades, each on its own (cleared or refused with its problem); the batch "
            + "idempotent by Idempotency-Key, each trade by its clientTradeId")
    public TradeBatchReceipt clear(@HeaderParam(IdempotencyKeys.HEADER) String key,
                                   @NotNull TradeBatchRequest request) {
        Caller caller = callers.caller();
        return batches.clear(caller, IdempotencyKeys.request(caller, key, "POST /trade-batches", request), request,
                IdempotencyKeys.reference(caller, key));
    }
}
