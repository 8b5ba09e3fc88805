package io.clearstone.riskgraph;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The exposure graph (a JGraphT directed multigraph of {@link Node}s and {@link Exposure}s, several kinds of edge
 * allowed between one pair) and each node's balance sheet outside it: external assets (what it holds that no other
 * node owes it), external liabilities (what it owes outside the network) and equity (its loss-absorbing capital).
 * Built once per snapshot; not thread-safe while building.
 */
public final class RiskNetwork {

    private final Graph<Node, Exposure> graph = new DirectedWeightedMultigraph<>(Exposure.class);
    private final Map<Node, Double> externalAssets = new HashMap<>();
    private final Map<Node, Double> equity = new HashMap<>();
    private final Map<Node, Double> externalLiabilities = new HashMap<>();

    public RiskNetwork add(Node node) {
        graph.addVertex(Objects.requireNonNull(node));
        return this;
    }

    /** Adds an exposure from one node to another (both added if new). */
    public RiskNetwork expose(Node from, Node to, Exposure exposure) {
        add(from);
        add(to);
        graph.addEdge(from, to, exposure);
        graph.setEdgeWeight(exposure, exposure.amount());
        return this;
    }

    /** {@code debtor} owes {@code creditor} the amount. */
    public RiskNetwork owes(Node debtor, Node creditor, double amount) {
        return expose(debtor, creditor, Exposure.of(ExposureKind.CREDIT, amount));
    }

    public RiskNetwork externalAssets(Node node, double amount) {
        requireFinite(amount);
        add(node);
        externalAssets.put(node, amount);
        return this;
    }

    /**
     * What the node owes outside the network (depositors, bondholders, anyone not a node): Eisenberg–Noe's bᵢ, paid
     * pari passu with its debts to other nodes. Non-negative.
     */
    public RiskNetwork externalLiabilities(Node node, double amount) {
        requireFinite(amount);
        if (amount < 0) {
            throw new IllegalArgumentException("external liabilities are non-negative");
        }
        add(node);
        externalLiabilities.put(node, amount);
        return this;
    }

    public RiskNetwork equity(Node node, double amount) {
        requireFinite(amount);
        add(node);
        equity.put(node, amount);
        return this;
    }

    public Graph<Node, Exposure> graph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    public double externalAssetsOf(Node node) {
        return externalAssets.getOrDefault(node, 0.0);
    }

    public double externalLiabilitiesOf(Node node) {
        return externalLiabilities.getOrDefault(node, 0.0);
    }

    public double equityOf(Node node) {
        return equity.getOrDefault(node, 0.0);
    }

    private static void requireFinite(double amount) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("amounts are finite");
        }
    }
}
