package io.clearstone.domain.systemic;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.riskgraph.DebtRank;
import io.clearstone.riskgraph.DifferentialDebtRank;
import io.clearstone.riskgraph.DistressResult;
import io.clearstone.riskgraph.EisenbergNoe;
import io.clearstone.riskgraph.FireSaleCascade;
import io.clearstone.riskgraph.GraphExport;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.NodeKind;
import io.clearstone.riskgraph.RiskNetwork;
import io.clearstone.riskgraph.Structure;
import io.clearstone.riskgraph.SystemicThresholds;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The risk graph as a service: the live network plus the registered outside world, its analytics, and snapshots.
 * Settings ({@code clearstone.risk-graph.*}): market depth per asset for fire sales (USD of selling that would take
 * the price to zero), loss given default, and what counts as systemic damage (a share of system equity lost, or more
 * than k failures); a threshold within the alert margin of today's price is flagged.
 */
@Stateless
public class RiskGraphService {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    LiveRiskNetwork live;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<SystemicRiskAlert> alerts;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.market-depth", defaultValue = "50000000")
    double marketDepth;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.loss-given-default", defaultValue = "0.6")
    double lossGivenDefault;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.loss-fraction", defaultValue = "0.1")
    double lossFraction;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.max-failures", defaultValue = "5")
    int maxFailures;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.alert-margin", defaultValue = "0.1")
    double alertMargin;
    @Inject
    @ConfigProperty(name = "clearstone.risk-graph.target-weights", defaultValue = "BTC:0.4,ETH:0.3,USDC:0.3")
    String targetWeights;

    public String graphJson() {
        return GraphExport.json(live.build());
    }

    public String graphMl() {
        return GraphExport.graphMl(live.build());
    }

    public void register(Caller caller, @NotNull @Valid NodeRequest request) {
        long existing = em.createQuery("select count(n) from RegisteredNode n where n.kind = :k and n.name = :n",
                Long.class).setParameter("k", request.kind()).setParameter("n", request.name()).getSingleResult();
        if (existing > 0) {
            throw new ConflictException("risk-graph/node-exists", "Node already registered", "name",
                    request.kind() + ":" + request.name() + " is registered");
        }
        em.persist(new RegisteredNode(request, caller.name(), clock.instant()));
    }

    public void register(Caller caller, @NotNull @Valid ExposureRequest request) {
        em.persist(new RegisteredExposure(request, caller.name(), clock.instant()));
    }

    /** Registers nodes, then exposures, all or nothing. */
    public int importAll(Caller caller, @NotNull @Valid ImportRequest request) {
        request.nodes().forEach(n -> register(caller, n));
        request.exposures().forEach(e -> register(caller, e));
        return request.nodes().size() + request.exposures().size();
    }

    public RiskGraphViews.Clearing clearing() {
        LiveRiskNetwork.Built built = live.buildWithBalanceSheet();
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(built.network());
        Map<Node, Double> owingOutside = new LinkedHashMap<>(result.externalLiabilities());
        owingOutside.values().removeIf(b -> b == 0);
        return new RiskGraphViews.Clearing(result.defaulted().stream().map(Node::toString).toList(),
                named(result.payments()), named(result.equity()), result.rounds(), named(result.totalObligations()),
                named(owingOutside), result.defaultWaves().stream()
                .map(wave -> wave.stream().map(Node::toString).toList()).toList(), built.platform());
    }

    /** Classic or differential DebtRank of a shocked set, with the nodes it reached. */
    public RiskGraphViews.DebtRankView debtRank(DebtRankRequest request) {
        RiskNetwork network = live.build();
        Map<Node, Double> psi = new LinkedHashMap<>();
        for (int k = 0; k < request.shocked().size(); k++) {
            psi.put(requireNode(network, request.shocked().get(k), "node"), request.initialDistress().get(k));
        }
        Double tolerance = null;
        DistressResult result;
        if (request.method() == DebtRankRequest.Method.DIFFERENTIAL) {
            DifferentialDebtRank differential = new DifferentialDebtRank(network);
            tolerance = differential.tolerance();
            result = differential.of(psi);
        } else {
            result = new DebtRank(network).of(psi);
        }
        List<DistressResult.NodeDistress> reached = result.distressed();
        return new RiskGraphViews.DebtRankView(request.shocked(), request.commonDistress(), result.debtRank(),
                result.totalLoss(), result.rounds(), request.method().parameter(), result.converged(), tolerance,
                result.additionalDefaults(), reached.size(), reached.stream().limit(request.limit())
                .map(d -> new RiskGraphViews.NodeDistress(d.node().toString(), d.initialDistress(), d.distress(),
                        d.state().name(), d.defaulted())).toList());
    }

    public List<RiskGraphViews.Ranked> ranking(int limit) {
        return ranking(limit, done -> {
        });
    }

    /** @param progress told the share done as it goes (for background jobs) */
    public List<RiskGraphViews.Ranked> ranking(int limit, DoubleConsumer progress) {
        return new DebtRank(live.build()).ranking(progress).stream().limit(limit)
                .map(r -> new RiskGraphViews.Ranked(r.node().toString(), r.debtRank())).toList();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RiskGraphViews.ThresholdView> thresholds() {
        return thresholds(done -> {
        });
    }

    /**
     * Outside any transaction: the network's few reads need none, and the search that follows is pure maths, which
     * a transaction would only hold open (and time out) around.
     *
     * @param progress told the share of assets done as it goes (for background jobs); may throw to stop the search
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<RiskGraphViews.ThresholdView> thresholds(DoubleConsumer progress) {
        RiskNetwork network = live.build();
        SystemicThresholds thresholds = new SystemicThresholds(cascade(network), lossFraction, maxFailures, 1e-3);
        List<RiskGraphViews.ThresholdView> views = thresholds.of(assets(network), progress).stream()
                .map(t -> new RiskGraphViews.ThresholdView(t.asset().toString(), t.shock(),
                        t.shock() != null && t.shock() <= alertMargin)).toList();
        views.stream().filter(RiskGraphViews.ThresholdView::near).forEach(t -> alerts.fire(
                new SystemicRiskAlert(t.asset(), t.shock(), alertMargin, clock.instant())));
        return views;
    }

    /** Per node, the loss it absorbs before its failure fails others, most contagious first. */
    public List<RiskGraphViews.BufferView> resilience(int limit, DoubleConsumer progress) {
        RiskNetwork network = live.build();
        return io.clearstone.riskgraph.NodeResilience.of(network, cascade(network), progress).stream().limit(limit)
                .map(b -> new RiskGraphViews.BufferView(b.node().toString(), b.absorbableLoss(), b.dragged(),
                        b.othersLoss())).toList();
    }

    public RiskGraphViews.StructureView structure() {
        RiskNetwork network = live.build();
        Structure.Concentration concentration = Structure.concentration(network, targetWeights());
        return new RiskGraphViews.StructureView(Structure.circularExposures(network).stream()
                .map(cycle -> cycle.stream().map(Node::toString).sorted().toList()).toList(),
                concentration.herfindahl(), concentration.shares().stream()
                .map(s -> new RiskGraphViews.StructureView.Share(s.asset().toString(), s.amountUsd(), s.share(),
                        s.deviationFromTarget())).toList());
    }

    public RiskGraphViews.Cascade whatIf(@NotNull @Valid WhatIfRequest request) {
        return whatIf(request, progress -> {
        });
    }

    /** A price shock's cascade, reporting progress: the graph built, the cascade run. */
    public RiskGraphViews.Cascade whatIf(@NotNull @Valid WhatIfRequest request, DoubleConsumer progress) {
        RiskNetwork network = live.build();
        progress.accept(0.5);
        Node asset = requireNode(network, request.asset(), "asset");
        FireSaleCascade cascade = cascade(network);
        return view(request.asset(), request.shock().doubleValue(), cascade,
                cascade.run(asset, request.shock().doubleValue()));
    }

    /** The cascade one node's failure alone sets off. */
    public RiskGraphViews.Cascade whatIfFailure(String node, DoubleConsumer progress) {
        RiskNetwork network = live.build();
        progress.accept(0.5);
        FireSaleCascade cascade = cascade(network);
        return view(node, 0, cascade, cascade.runFromFailure(requireNode(network, node, "node")));
    }

    private Node requireNode(RiskNetwork network, String name, String field) {
        Node node = parse(name, field);
        if (!network.graph().containsVertex(node)) {
            throw new InvalidRequestException("risk-graph/unknown-node", "Unknown node", field,
                    name + " is not in the risk graph");
        }
        return node;
    }

    private static RiskGraphViews.Cascade view(String subject, double shock, FireSaleCascade cascade,
                                               FireSaleCascade.Result result) {
        return new RiskGraphViews.Cascade(subject, shock, result.rounds().stream()
                .map(r -> new RiskGraphViews.Cascade.Round(r.round(), r.failed().stream().map(Node::toString).toList(),
                        named(r.prices()), r.lossSoFar())).toList(),
                result.failed().stream().map(Node::toString).toList(), result.totalLoss(), cascade.systemEquity(),
                named(result.finalPrices()));
    }

    public RiskSnapshot.SnapshotView snapshot(Caller caller) {
        RiskNetwork network = live.build();
        RiskSnapshot snapshot = new RiskSnapshot(clock.instant(), caller.name(), network.graph().vertexSet().size(),
                network.graph().edgeSet().size(), GraphExport.json(network));
        em.persist(snapshot);
        em.flush();
        return snapshot.view();
    }

    public List<RiskSnapshot.SnapshotView> snapshots(int limit) {
        return em.createQuery("select s from RiskSnapshot s order by s.id desc", RiskSnapshot.class)
                .setMaxResults(limit).getResultStream().map(RiskSnapshot::view).toList();
    }

    public String snapshotGraph(long id) {
        RiskSnapshot snapshot = em.find(RiskSnapshot.class, id);
        if (snapshot == null) {
            throw new NotFoundException("risk-graph", "snapshot", id);
        }
        return snapshot.graphJson();
    }

    /** {@code clearstone.risk-graph.target-weights}, e.g. {@code BTC:0.4,ETH:0.3,USDC:0.3}. */
    private Map<Node, Double> targetWeights() {
        Map<Node, Double> targets = new HashMap<>();
        for (String entry : targetWeights.split(",")) {
            String[] pair = entry.strip().split(":");
            if (pair.length == 2) {
                targets.put(Node.of(NodeKind.ASSET, pair[0].strip()), Double.parseDouble(pair[1].strip()));
            }
        }
        return targets;
    }

    private FireSaleCascade cascade(RiskNetwork network) {
        Map<Node, Double> depth = new HashMap<>();
        assets(network).forEach(a -> depth.put(a, marketDepth));
        return new FireSaleCascade(network, depth, lossGivenDefault);
    }

    private static List<Node> assets(RiskNetwork network) {
        return network.graph().vertexSet().stream().filter(n -> n.kind().equals(NodeKind.ASSET))
                .sorted(java.util.Comparator.comparing(Node::toString)).toList();
    }

    private static Node parse(String name, String field) {
        int colon = name == null ? -1 : name.indexOf(':');
        if (colon <= 0 || colon == name.length() - 1) {
            throw new InvalidRequestException("risk-graph/bad-node-name", "Bad node name", field,
                    "name nodes as kind:name, e.g. asset:BTC");
        }
        try {
            return Node.of(new NodeKind(name.substring(0, colon)), name.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("risk-graph/bad-node-name", "Bad node name", field, e.getMessage());
        }
    }

    private static Map<String, Double> named(Map<Node, Double> values) {
        Map<String, Double> named = new LinkedHashMap<>();
        values.forEach((node, value) -> named.put(node.toString(), value));
        return named;
    }
}
