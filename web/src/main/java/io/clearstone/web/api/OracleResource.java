package io.clearstone.web.api;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.oracle.ImpliedVolatilityRequest;
import io.clearstone.domain.oracle.ImpliedVolatilityService;
import io.clearstone.domain.oracle.ImpliedVolatilityView;
import io.clearstone.domain.oracle.IndexView;
import io.clearstone.domain.oracle.ObservationReceipt;
import io.clearstone.domain.oracle.ObservationRequest;
import io.clearstone.domain.oracle.OracleAlertView;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.oracle.SourceRequest;
import io.clearstone.domain.oracle.SourceView;
import io.clearstone.domain.oracle.SurfaceRequest;
import io.clearstone.domain.oracle.SurfaceSourceRequest;
import io.clearstone.domain.oracle.SurfaceSourceView;
import io.clearstone.domain.oracle.SurfaceView;
import io.clearstone.domain.oracle.SymbolRulesRequest;
import io.clearstone.domain.oracle.VolatilitySurfaceService;
import io.clearstone.domain.oracle.TwapView;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The price oracle: observations in, index prices and time-weighted averages out. */
@Path("/oracle")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "oracle")
public class OracleResource {

    private static final Duration LONGEST_TWAP_WINDOW = Duration.ofDays(7);

    @EJB
    OracleService oracle;
    @EJB
    VolatilitySurfaceService surfaces;
    @EJB
    ImpliedVolatilityService impliedVolatilities;
    @Inject
    CallerResolver callers;

    @POST
    @Path("/observations")
    @RolesAllowed(Roles.ORACLE)
    @Operation(summary = "Report a price for a source the caller reports for; the same (symbol, source, observedAt) "
            + "and price again is harmless; administrators do not report prices")
    public ObservationReceipt observe(@NotNull @Valid ObservationRequest observation) {
        return oracle.submit(callers.caller(), observation);
    }

    @GET
    @Path("/indices")
    @Operation(summary = "Every index price with its sources, staleness and circuit-breaker state")
    public List<IndexView> indices() {
        return oracle.indices();
    }

    @GET
    @Path("/indices/{symbol}")
    @Operation(summary = "One index price with its sources, staleness and circuit-breaker state")
    public IndexView index(@PathParam("symbol") String symbol) {
        return oracle.index(symbol);
    }

    @GET
    @Path("/indices/{symbol}/twap")
    @Operation(summary = "Time-weighted average index over a window ending now (ISO-8601 duration, e.g. PT30M)")
    public TwapView twap(@PathParam("symbol") String symbol, @QueryParam("window") @DefaultValue("PT30M") String window) {
        return oracle.twap(symbol, parseWindow(window));
    }

    @POST
    @Path("/indices/{symbol}/release")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "End a symbol's circuit-breaker halt: the index is computed afresh from the fresh sources "
            + "without the breaker; releasing a symbol that is not halted changes nothing")
    public IndexView release(@PathParam("symbol") String symbol) {
        return oracle.release(callers.caller(), symbol);
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "The circuit breaker's alerts (halted, confirmed, released, resumed), newest first")
    public List<OracleAlertView> alerts(@QueryParam("symbol") String symbol) {
        return oracle.alerts(symbol);
    }

    @GET
    @Path("/sources")
    @Operation(summary = "The registered price sources and the principals that report them")
    public List<SourceView> sources() {
        return oracle.sources();
    }

    @POST
    @Path("/sources")
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "The source registered; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SourceView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @Operation(summary = "Register a price source of a symbol and the principal that reports it")
    public Response register(@NotNull @Valid SourceRequest source) {
        SourceView registered = oracle.register(source);
        return Response.created(URI.create("oracle/sources/" + registered.name())).entity(registered).build();
    }

    @PUT
    @Path("/symbols/{symbol}/rules")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a symbol's staleness window, quorum and suspect-deviation threshold")
    public IndexView configure(@PathParam("symbol") String symbol, @NotNull @Valid SymbolRulesRequest rules) {
        return oracle.configure(symbol, rules);
    }

    @GET
    @Path("/surface-sources")
    @Operation(summary = "The registered volatility-surface sources")
    public List<SurfaceSourceView> surfaceSources() {
        return surfaces.sources();
    }

    @POST
    @Path("/surface-sources")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a volatility-surface source of an underlying and the principal that reports it")
    @APIResponse(responseCode = "201", description = "The surface source registered; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SurfaceSourceView.class)),
            headers = @Header(name = "Location", description = "The new resource, relative to the API root", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public Response registerSurfaceSource(@NotNull @Valid SurfaceSourceRequest source) {
        SurfaceSourceView registered = surfaces.register(source);
        return Response.created(URI.create("oracle/surface-sources/" + registered.name())).entity(registered)
                .build();
    }

    @PUT
    @Path("/surfaces/{underlying}")
    @RolesAllowed(Roles.ORACLE)
    @Operation(summary = "Replace an underlying's volatility surface, as the reporter of one of its surface "
            + "sources; butterfly arbitrage (call prices not decreasing and convex in strike) and calendar arbitrage "
            + "(total variance falling with expiry at the same forward-moneyness) are refused, each point at fault "
            + "named")
    public SurfaceView pushSurface(@PathParam("underlying") String underlying,
                                   @NotNull @Valid SurfaceRequest surface) {
        return surfaces.push(callers.caller(), underlying, surface);
    }

    @POST
    @Path("/implied-volatilities")
    @RolesAllowed({Roles.RISK_OFFICER, Roles.ORACLE, Roles.ADMIN})
    @Operation(summary = "Implied volatilities of an option chain (Black-76, forward S·e^(rT), ACT/365): each quote "
            + "gets its volatility or a problem of its own (a price outside the no-arbitrage bounds, an expired "
            + "option); with store=true the underlying's surface is replaced by them, by the reporter of one of its "
            + "surface sources, through the same arbitrage checks as a pushed surface")
    public ImpliedVolatilityView impliedVolatilities(@NotNull @Valid ImpliedVolatilityRequest chain) {
        return impliedVolatilities.imply(callers.caller(), chain);
    }

    @GET
    @Path("/surfaces/{underlying}")
    @Operation(summary = "The current volatility surface of an underlying")
    public SurfaceView surface(@PathParam("underlying") String underlying) {
        return surfaces.get(underlying);
    }

    private static Duration parseWindow(String window) {
        try {
            Duration parsed = Duration.parse(window);
            if (!parsed.isNegative() && !parsed.isZero() && parsed.compareTo(LONGEST_TWAP_WINDOW) <= 0) {
                return parsed;
            }
        } catch (DateTimeParseException notADuration) {
            // refused below with the field named
        }
        throw new InvalidRequestException("oracle/invalid-window", "Invalid averaging window", "window",
                "window must be an ISO-8601 duration between PT1S and P7D, e.g. PT30M");
    }
}
