package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A price shock and the fire-sale contagion it sets off, to a fixed point. Round 0 moves one asset's price down by
 * the shock. In each round every node's loss is recomputed: the fall in value of the collateral it holds (COLLATERAL
 * edges, in USD at today's prices) plus what it cannot recover from failed debtors (CREDIT edges × loss given
 * default). A node whose loss reaches its equity fails; a failed node sells all its collateral, and an asset sold for
 * s USD in total falls by s / depth (linear price impact, floored at zero), which raises everyone's losses in the next
 * round. It stops when a round adds no failure; it cannot run longer than there are nodes.
 */
public final class FireSaleCascade {

    private final RiskNetwork network;
    private final Map<Node, Double> depth;
    private final double lossGivenDefault;
    private final Map<Node, Map<Node, Double>> holdings = new HashMap<>();
    private final Map<Node, Map<Node, Double>> claims = new HashMap<>();

    /**
     * @param marketDepth      asset → the USD of selling that would take its price to zero (linear impact)
     * @param lossGivenDefault the share of a claim on a failed node that is lost, e.g. 0.6
     */
    public FireSaleCascade(RiskNetwork network, Map<Node, Double> marketDepth, double lossGivenDefault) {
        this.network = network;
        this.depth = Map.copyOf(marketDepth);
        this.lossGivenDefault = lossGivenDefault;
        for (Exposure e : network.graph().edgeSet()) {
            Node source = network.graph().getEdgeSource(e);
            Node target = network.graph().getEdgeTarget(e);
            if (e.kind().equals(ExposureKind.COLLATERAL)) {
                holdings.computeIfAbsent(source, n -> new HashMap<>()).merge(target, e.amount(), Double::sum);
            } else if (e.kind().equals(ExposureKind.CREDIT)) {
                // the creditor (target) has a claim on the debtor (source)
                claims.computeIfAbsent(target, n -> new HashMap<>()).merge(source, e.amount(), Double::sum);
            }
        }
    }

    /** @param shock the relative fall of the asset's price, in [0, 1] */
    public Result run(Node asset, double shock) {
        Map<Node, Double> price = new HashMap<>();
        holdings.values().forEach(h -> h.keySet().forEach(a -> price.putIfAbsent(a, 1.0)));
        price.put(asset, Math.max(0, 1 - shock));
        Set<Node> failed = new LinkedHashSet<>();
        Map<Node, Double> sold = new HashMap<>();
        List<Round> rounds = new ArrayList<>();
        Map<Node, Double> loss = new HashMap<>();
        while (true) {
            loss = losses(price, failed);
            List<Node> failing = new ArrayList<>();
            for (Node node : network.graph().vertexSet()) {
                if (!failed.contains(node) && network.equityOf(node) > 0
                        && loss.getOrDefault(node, 0.0) >= network.equityOf(node)) {
                    failing.add(node);
                }
            }
            failing.sort(java.util.Comparator.comparing(Node::toString));
            rounds.add(new Round(rounds.size(), List.copyOf(failing), Map.copyOf(price), totalLoss(loss, failed)));
            if (failing.isEmpty()) {
                break;
            }
            for (Node node : failing) {
                failed.add(node);
                holdings.getOrDefault(node, Map.of()).forEach((a, usd) -> sold.merge(a, usd * price.get(a),
                        Double::sum));
            }
            for (Map.Entry<Node, Double> s : sold.entrySet()) {
                double impact = s.getValue() / depth.getOrDefault(s.getKey(), Double.POSITIVE_INFINITY);
                double base = s.getKey().equals(asset) ? 1 - shock : 1;
                price.put(s.getKey(), Math.max(0, base - impact));
            }
        }
        return new Result(asset, shock, rounds, List.copyOf(failed), totalLoss(loss, failed), Map.copyOf(price));
    }

    /** Each node's loss: collateral value fallen, and claims on failed debtors written down. */
    private Map<Node, Double> losses(Map<Node, Double> price, Set<Node> failed) {
        Map<Node, Double> loss = new HashMap<>();
        holdings.forEach((node, held) -> held.forEach((asset, usd) -> loss.merge(node,
                usd * (1 - price.getOrDefault(asset, 1.0)), Double::sum)));
        claims.forEach((creditor, owed) -> owed.forEach((debtor, amount) -> {
            if (failed.contains(debtor)) {
                loss.merge(creditor, amount * lossGivenDefault, Double::sum);
            }
        }));
        return loss;
    }

    /** Σ of losses, each capped at the node's equity (what the system's capital absorbs). */
    private double totalLoss(Map<Node, Double> loss, Set<Node> failed) {
        double total = 0;
        for (Node node : network.graph().vertexSet()) {
            double equity = Math.max(0, network.equityOf(node));
            total += failed.contains(node) ? equity : Math.min(equity, loss.getOrDefault(node, 0.0));
        }
        return total;
    }

    /** The system's equity: what a loss fraction is measured against. */
    public double systemEquity() {
        return network.graph().vertexSet().stream().mapToDouble(n -> Math.max(0, network.equityOf(n))).sum();
    }

    /**
     * One round: who failed in it, the prices it started from, and the capital lost so far.
     */
    public record Round(int round, List<Node> failed, Map<Node, Double> prices, double lossSoFar) {
    }

    /** The whole cascade. */
    public record Result(Node asset, double shock, List<Round> rounds, List<Node> failed, double totalLoss,
                         Map<Node, Double> finalPrices) {
    }
}
