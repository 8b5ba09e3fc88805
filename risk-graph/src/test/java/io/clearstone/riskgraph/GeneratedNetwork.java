package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The benchmarks' seeded network of 10,000 nodes and 200,000 edges: 190,000 credit edges with log-normal amounts
 * (median 1,000) between 9,990 institutions and protocols, one collateral holding each of 10 assets (log-normal, median
 * 20,000), equity 8% of claims and collateral, market depth 200 M per asset; and 10 random nodes to shock.
 */
record GeneratedNetwork(RiskNetwork network, List<Node> nodes, List<Node> assets, Map<Node, Double> depth,
                        List<Node> shocked) {

    static final int NODES = 10_000;
    static final int ASSETS = 10;
    static final int CREDIT_EDGES = 190_000;

    static GeneratedNetwork of(long seed) {
        Random random = new Random(seed);
        RiskNetwork network = new RiskNetwork();
        List<Node> nodes = new ArrayList<>();
        List<Node> assets = new ArrayList<>();
        for (int a = 0; a < ASSETS; a++) {
            assets.add(Node.of(NodeKind.ASSET, "asset-" + a));
        }
        for (int i = 0; i < NODES - ASSETS; i++) {
            Node node = Node.of(i % 5 == 0 ? NodeKind.PROTOCOL : NodeKind.INSTITUTION, "n" + i);
            nodes.add(node);
            network.add(node);
        }
        Map<Node, Double> claims = new HashMap<>();
        for (int k = 0; k < CREDIT_EDGES; k++) {
            Node debtor = nodes.get(random.nextInt(nodes.size()));
            Node creditor = nodes.get(random.nextInt(nodes.size()));
            if (debtor.equals(creditor)) {
                continue;
            }
            double amount = Math.exp(random.nextGaussian() * 1.5) * 1_000;
            network.owes(debtor, creditor, amount);
            claims.merge(creditor, amount, Double::sum);
        }
        Map<Node, Double> depth = new HashMap<>();
        for (Node asset : assets) {
            depth.put(asset, 2e8);
        }
        for (Node node : nodes) {
            Node asset = assets.get(random.nextInt(ASSETS));
            double held = Math.exp(random.nextGaussian()) * 20_000;
            network.expose(node, asset, Exposure.of(ExposureKind.COLLATERAL, held));
            network.externalAssets(node, held + random.nextDouble() * 10_000);
            network.equity(node, 0.08 * (held + claims.getOrDefault(node, 0.0)));
        }
        List<Node> shocked = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            shocked.add(nodes.get(random.nextInt(nodes.size())));
        }
        return new GeneratedNetwork(network, nodes, assets, depth, shocked);
    }
}
