package io.clearstone.web.api;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.asset.AssetService;
import io.clearstone.domain.asset.AssetTerms;
import io.clearstone.domain.asset.AssetView;
import io.clearstone.domain.asset.CollateralPolicy;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Listed assets; administrators list new ones and set their collateral policy. */
@Path("/assets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assets")
public class AssetResource {

    @EJB
    AssetService assets;

    @GET
    @Operation(summary = "Every listed asset with its decimals, kind and collateral policy")
    public List<AssetView> list() {
        return assets.all();
    }

    @GET
    @Path("/{symbol}")
    @Operation(summary = "One listed asset")
    public AssetView get(@PathParam("symbol") String symbol) {
        return assets.get(symbol);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "The asset listed; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssetView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @Operation(summary = "List a new asset: symbol, decimals, kind, collateral policy and oracle symbol")
    public Response create(@NotNull @Valid AssetTerms terms) {
        AssetView listed = assets.list(terms);
        return Response.created(URI.create("assets/" + listed.symbol())).entity(listed).build();
    }

    @PUT
    @Path("/{symbol}/collateral-policy")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an asset's collateral policy (whether it counts as collateral, its haircut)")
    public AssetView changePolicy(@PathParam("symbol") String symbol, @NotNull @Valid CollateralPolicy policy) {
        return assets.changePolicy(symbol, policy);
    }
}
