package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * The shape of the network: circular exposure (strongly connected components of more than one node, from JGraphT's
 * Kosaraju inspector) and how concentrated collateral is (each asset's share of all COLLATERAL exposure, the
 * Herfindahl–Hirschman index Σ share², and each share's deviation from a target weight).
 */
public final class Structure {

    private Structure() {
    }

    /** Groups of nodes that are exposed to each other in a circle, largest first. */
    public static List<Set<Node>> circularExposures(RiskNetwork network) {
        List<Set<Node>> cycles = new ArrayList<>();
        new KosarajuStrongConnectivityInspector<>(network.graph()).stronglyConnectedSets().stream()
                .filter(component -> component.size() > 1).forEach(cycles::add);
        cycles.sort(Comparator.comparingInt((Set<Node> c) -> c.size()).reversed());
        return cycles;
    }

    /**
     * @param targetWeights asset → the share it should have; assets without a target are compared with zero
     */
    public static Concentration concentration(RiskNetwork network, Map<Node, Double> targetWeights) {
        Map<Node, Double> held = new LinkedHashMap<>();
        network.graph().edgeSet().stream().filter(e -> e.kind().equals(ExposureKind.COLLATERAL))
                .forEach(e -> held.merge(network.graph().getEdgeTarget(e), e.amount(), Double::sum));
        double total = held.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Concentration.Share> shares = new ArrayList<>();
        double hhi = 0;
        for (Map.Entry<Node, Double> asset : held.entrySet()) {
            double share = total > 0 ? asset.getValue() / total : 0;
            hhi += share * share;
            shares.add(new Concentration.Share(asset.getKey(), asset.getValue(), share,
                    share - targetWeights.getOrDefault(asset.getKey(), 0.0)));
        }
        shares.sort(Comparator.comparingDouble(Concentration.Share::share).reversed());
        return new Concentration(total, hhi, shares);
    }

    /**
     * @param herfindahl Σ share²: 1 when one asset backs everything, 1/n when n assets back equal shares
     */
    public record Concentration(double totalUsd, double herfindahl, List<Share> shares) {

        /** One asset's part of all collateral. */
        public record Share(Node asset, double amountUsd, double share, double deviationFromTarget) {
        }
    }
}
