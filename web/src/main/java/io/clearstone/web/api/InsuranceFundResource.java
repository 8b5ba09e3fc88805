package io.clearstone.web.api;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.liquidation.InsuranceFundService;
import io.clearstone.domain.liquidation.InsuranceFundView;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The insurance fund. */
@Path("/insurance-fund")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "liquidation")
public class InsuranceFundResource {

    @EJB
    InsuranceFundService insuranceFund;

    @GET
    @RolesAllowed({Roles.TRADER, Roles.RISK_OFFICER, Roles.ADMIN})
    @Operation(summary = "The insurance fund's holdings, inflows and outflows by kind, and coverage of open interest")
    public InsuranceFundView insuranceFund() {
        return insuranceFund.view();
    }
}
