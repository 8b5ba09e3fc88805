package io.clearstone.web.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.liquidation.LiquidationEventView;
import io.clearstone.domain.liquidation.LiquidationService;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The liquidation audit trail. */
@Path("/liquidations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "liquidation")
public class LiquidationResource {

    @EJB
    LiquidationService liquidations;
    @Inject
    CallerResolver callers;

    @GET
    @RolesAllowed({Roles.TRADER, Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "Liquidation events, newest first: every account's for risk officers, a trader's own; "
            + "accountId narrows to one account")
    public List<LiquidationEventView> liquidations(@QueryParam("accountId") String accountId,
                                                   @QueryParam("limit") @DefaultValue("200") String limit) {
        Long account = accountId == null ? null : (long) QueryParameters.intBetween("accountId", accountId, 1,
                Integer.MAX_VALUE);
        return liquidations.events(callers.caller(), account, QueryParameters.intBetween("limit", limit, 1, 1000));
    }
}
