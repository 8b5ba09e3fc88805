package io.clearstone.web.api;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.clearstone.domain.idempotency.Idempotency;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.Roles;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.domain.systemic.AnalysisJob;
import io.clearstone.domain.systemic.AnalysisJobs;
import io.clearstone.domain.systemic.DebtRankRequest;
import io.clearstone.domain.systemic.ExposureRequest;
import io.clearstone.domain.systemic.ImportRequest;
import io.clearstone.domain.systemic.NodeRequest;
import io.clearstone.domain.systemic.RiskGraphAlerts;
import io.clearstone.domain.systemic.RiskGraphCsv;
import io.clearstone.domain.systemic.RiskGraphService;
import io.clearstone.domain.systemic.RiskGraphViews;
import io.clearstone.domain.systemic.RiskSnapshot;
import io.clearstone.domain.systemic.WhatIfRequest;
import io.clearstone.web.request.BulkBody;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The risk graph: the network, its analytics, registration of the outside world, snapshots. */
@Path("/risk-graph")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RISK_OFFICER, Roles.ADMIN})
@Tag(name = "risk-graph")
public class RiskGraphResource {

    @EJB
    RiskGraphService riskGraph;
    @Inject
    CallerResolver callers;
    @Inject
    Idempotency idempotency;
    @EJB
    AnalysisJobs jobs;
    @EJB
    RiskGraphAlerts alertWatch;

    @GET
    @Operation(summary = "The graph as it stands (JGraphT JSON: nodes kind:name with equity and external assets, "
            + "edges with kind, amount and limit)")
    public Response graph() {
        return Response.ok(riskGraph.graphJson(), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/graphml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The graph as GraphML, for Gephi, yEd or NetworkX")
    public Response graphMl() {
        return Response.ok(riskGraph.graphMl(), MediaType.APPLICATION_XML).build();
    }

    @POST
    @Path("/nodes")
    @Operation(summary = "Register an outside node (protocol, venue, bridge, clearing house…)")
    @APIResponse(responseCode = "201", description = "The node registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Registered.class)))
    public Response node(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull @Valid NodeRequest request) {
        Caller caller = callers.caller();
        idempotency.run(IdempotencyKeys.request(caller, key, "POST /risk-graph/nodes", request), Registered.class,
                () -> {
                    riskGraph.register(caller, request);
                    return new Registered(1);
                });
        return Response.status(Response.Status.CREATED).entity(new Registered(1)).build();
    }

    @POST
    @Path("/exposures")
    @Operation(summary = "Register an exposure between two nodes, registered or live (kind:name)")
    @APIResponse(responseCode = "201", description = "The exposure registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Registered.class)))
    public Response exposure(@HeaderParam(IdempotencyKeys.HEADER) String key,
                             @NotNull @Valid ExposureRequest request) {
        Caller caller = callers.caller();
        idempotency.run(IdempotencyKeys.request(caller, key, "POST /risk-graph/exposures", request),
                Registered.class, () -> {
                    riskGraph.register(caller, request);
                    return new Registered(1);
                });
        return Response.status(Response.Status.CREATED).entity(new Registered(1)).build();
    }

    @POST
    @BulkBody
    @Path("/import")
    @Operation(summary = "Register many nodes and exposures at once, all or nothing")
    public Registered importAll(@HeaderParam(IdempotencyKeys.HEADER) String key,
                                @NotNull @Valid ImportRequest request) {
        Caller caller = callers.caller();
        return idempotency.run(IdempotencyKeys.request(caller, key, "POST /risk-graph/import", request),
                Registered.class, () -> new Registered(riskGraph.importAll(caller, request)));
    }

    @GET
    @Path("/clearing")
    @Operation(summary = "Eisenberg–Noe clearing vector (fictitious default algorithm): who defaults in which round, "
            + "who owes (p̄, external liabilities) and pays what, and the platform's balance sheet beside the ledger")
    public RiskGraphViews.Clearing clearing() {
        return riskGraph.clearing();
    }

    @GET
    @Path("/debtrank")
    @Operation(summary = "DebtRank of a set of nodes (node=kind:name, repeated), distressed by initialDistress: one "
            + "value in (0, 1] for all (default 1), or one per node in the order of the nodes; method=debtrank "
            + "(Battiston et al. 2012, default) or differential (Bardoscia et al. 2015: uncapped leverage, every "
            + "rise passed on, to a tolerance of 1e-12 or 10,000 rounds); answers R, the total loss, and the nodes "
            + "distress reached with their initial and final h and state, most distressed first, at most limit "
            + "(default 100, 0–100,000)")
    public RiskGraphViews.DebtRankView debtRank(@QueryParam("node") List<String> nodes,
                                                @QueryParam("initialDistress") List<String> distress,
                                                @QueryParam("method") String method,
                                                @QueryParam("limit") String limit) {
        return riskGraph.debtRank(DebtRankRequest.parse(nodes, distress, method, limit));
    }

    @GET
    @Path("/debtrank/ranking")
    @Operation(summary = "The most systemically important nodes by their DebtRank alone")
    public List<RiskGraphViews.Ranked> ranking(@QueryParam("limit") @DefaultValue("20") String limit) {
        return riskGraph.ranking(QueryParameters.intBetween("limit", limit, 1, 10_000));
    }

    @GET
    @Path("/thresholds")
    @Operation(summary = "Per collateral asset, the smallest price fall at which the fire-sale cascade does "
            + "systemic damage; near = within the alert margin")
    public List<RiskGraphViews.ThresholdView> thresholds() {
        return riskGraph.thresholds();
    }

    @GET
    @Path("/resilience")
    @Operation(summary = "Per node, the loss it absorbs before its failure fails others, most contagious first")
    public List<RiskGraphViews.BufferView> resilience(@QueryParam("limit") @DefaultValue("50") String limit) {
        return riskGraph.resilience(QueryParameters.intBetween("limit", limit, 1, 100_000), done -> {
        });
    }

    @GET
    @Path("/alerts")
    @Operation(summary = "Thresholds within the alert margin of today's prices, as of the last check (every "
            + "minute); refresh=true checks now")
    public RiskGraphAlerts.Latest alerts(@QueryParam("refresh") @DefaultValue("false") boolean refresh) {
        return refresh ? alertWatch.check() : alertWatch.latest();
    }

    @POST
    @BulkBody
    @Path("/import")
    @Consumes("text/csv")
    @Operation(summary = "Register many nodes and exposures from CSV lines (node,kind,name,equity[,externalAssets"
            + "[,description[,externalLiabilities]]] / exposure,sourceKind,sourceName,targetKind,targetName,kind,"
            + "amount[,limit])")
    public Registered importCsv(@HeaderParam(IdempotencyKeys.HEADER) String key, String csv) {
        return importAll(key, RiskGraphCsv.parse(csv == null ? "" : csv));
    }

    @GET
    @Path("/structure")
    @Operation(summary = "Circular exposure (strongly connected components) and collateral concentration")
    public RiskGraphViews.StructureView structure() {
        return riskGraph.structure();
    }

    @POST
    @Path("/what-if")
    @Operation(summary = "Run the fire-sale cascade for a price shock to one asset; rounds, failures, total loss")
    public RiskGraphViews.Cascade whatIf(@NotNull @Valid WhatIfRequest request) {
        return riskGraph.whatIf(request);
    }

    @POST
    @Path("/snapshots")
    @Operation(summary = "Keep the graph as it stands, with its time")
    @APIResponse(responseCode = "201", description = "The snapshot kept",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = io.clearstone.domain.systemic.RiskSnapshot.SnapshotView.class)))
    public Response snapshot() {
        return Response.status(Response.Status.CREATED).entity(riskGraph.snapshot(callers.caller())).build();
    }

    @GET
    @Path("/snapshots")
    @Operation(summary = "The kept graph snapshots, newest first")
    public List<RiskSnapshot.SnapshotView> snapshots(@QueryParam("limit") @DefaultValue("50") String limit) {
        return riskGraph.snapshots(QueryParameters.intBetween("limit", limit, 1, 1000));
    }

    @GET
    @Path("/snapshots/{id}")
    @Operation(summary = "One kept snapshot of the graph")
    public Response snapshotGraph(@PathParam("id") long id) {
        return Response.ok(riskGraph.snapshotGraph(id), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/jobs")
    @Operation(summary = "Start a long run in the background (kind: what-if with asset and shock, thresholds, or "
            + "ranking with limit); poll GET /risk-graph/jobs/{id} for its progress and answer")
    public Response startJob(@NotNull @Valid JobRequest request) {
        if (request.kind().equals("what-if") && request.node() == null
                && (request.asset() == null || request.shock() == null)) {
            throw new InvalidRequestException("request/invalid-field", "Missing field",
                    request.asset() == null ? "asset" : "shock",
                    "a what-if run needs an asset and a shock, or a node to fail");
        }
        AnalysisJob job = jobs.start(request.kind());
        switch (request.kind()) {
            case "what-if" -> {
                if (request.node() != null) {
                    jobs.run(job.id(), progress -> riskGraph.whatIfFailure(request.node(), progress));
                } else {
                    WhatIfRequest whatIf = new WhatIfRequest(request.asset(), request.shock());
                    jobs.run(job.id(), progress -> riskGraph.whatIf(whatIf, progress));
                }
            }
            case "thresholds" -> jobs.run(job.id(), riskGraph::thresholds);
            case "resilience" -> jobs.run(job.id(), progress -> riskGraph.resilience(
                    request.limit() == null ? 50 : request.limit(), progress));
            default -> jobs.run(job.id(), progress -> riskGraph.ranking(
                    request.limit() == null ? 20 : request.limit(), progress));
        }
        return Response.accepted(job).location(java.net.URI.create("risk-graph/jobs/" + job.id())).build();
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "A background run: state (RUNNING, DONE, FAILED), progress 0–1, and its answer once done")
    public AnalysisJob job(@PathParam("id") String id) {
        return jobs.get(id).orElseThrow(() -> new NotFoundException("risk-graph", "job", id));
    }

    /**
     * A background run to start.
     *
     * @param kind what-if (asset and shock, or a node to fail), thresholds, resilience or ranking (limit)
     */
    public record JobRequest(
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "what-if|thresholds|ranking|resilience",
                    message = "must be what-if, thresholds, ranking or resilience") String kind,
            @jakarta.validation.constraints.Pattern(regexp = "[a-z][a-z0-9-]{0,31}:[A-Za-z0-9._:@-]{1,128}",
                    message = "must be kind:name") String asset,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("1")
            BigDecimal shock,
            @jakarta.validation.constraints.Pattern(regexp = "[a-z][a-z0-9-]{0,31}:[A-Za-z0-9._:@-]{1,128}",
                    message = "must be kind:name") String node,
            @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(10_000) Integer limit) {
    }

    /** How many things a registration stored. */
    public record Registered(int registered) {
    }
}
