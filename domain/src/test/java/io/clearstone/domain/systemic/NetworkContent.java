package io.clearstone.domain.systemic;

import java.util.ArrayList;
import java.util.List;

import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.RiskNetwork;

/**
 * A network's content, comparable: each node with its equity, external assets and external liabilities, each edge with its kind, amount
 * and limit (several edges between a pair stay several lines), sorted, amounts to the cent.
 */
final class NetworkContent {

    private NetworkContent() {
    }

    static List<String> of(RiskNetwork network) {
        List<String> lines = new ArrayList<>();
        for (Node node : network.graph().vertexSet()) {
            lines.add("node " + node + " equity " + cents(network.equityOf(node)) + " external "
                    + cents(network.externalAssetsOf(node)) + " owes outside "
                    + cents(network.externalLiabilitiesOf(node)));
        }
        for (Exposure edge : network.graph().edgeSet()) {
            lines.add("edge " + network.graph().getEdgeSource(edge) + " -> " + network.graph().getEdgeTarget(edge)
                    + " " + edge.kind().name() + " " + cents(edge.amount()) + " limit " + cents(edge.limit()));
        }
        lines.sort(null);
        return lines;
    }

    private static String cents(double usd) {
        return String.format(java.util.Locale.ROOT, "%.2f", usd);
    }
}
