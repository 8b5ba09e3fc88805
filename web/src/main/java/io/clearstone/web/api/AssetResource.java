package io.clearstone.web.api;

import java.net.URI;
import java.util.List;

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
    public List<AssetView> list() {
        return assets.all();
    }

    @GET
    @Path("/{symbol}")
    public AssetView get(@PathParam("symbol") String symbol) {
        return assets.get(symbol);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response create(@NotNull @Valid AssetTerms terms) {
        AssetView listed = assets.list(terms);
        return Response.created(URI.create("assets/" + listed.symbol())).entity(listed).build();
    }

    @PUT
    @Path("/{symbol}/collateral-policy")
    @RolesAllowed(Roles.ADMIN)
    public AssetView changePolicy(@PathParam("symbol") String symbol, @NotNull @Valid CollateralPolicy policy) {
        return assets.changePolicy(symbol, policy);
    }
}
