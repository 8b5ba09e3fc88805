package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Per node, the loss it can absorb before it drags others down. In the cascade model only failures spread (a
 * failed node's fire sale and its creditors' write-downs), so a node absorbs any loss up to its equity; beyond that
 * it fails, and whether that harms others is what its failure alone sets off. A node whose failure fails nobody else
 * absorbs everything as far as the system is concerned.
 */
public final class NodeResilience {

    private NodeResilience() {
    }

    public static List<Buffer> of(RiskNetwork network, FireSaleCascade cascade, DoubleConsumer progress) {
        List<Node> nodes = network.graph().vertexSet().stream().filter(n -> !n.kind().equals(NodeKind.ASSET))
                .sorted(Comparator.comparing(Node::toString)).toList();
        List<Buffer> buffers = new ArrayList<>(nodes.size());
        int step = Math.max(1, nodes.size() / 100);
        for (Node node : nodes) {
            FireSaleCascade.Result result = cascade.runFromFailure(node);
            List<Node> dragged = result.failed().stream().filter(n -> !n.equals(node)).toList();
            double equity = Math.max(0, network.equityOf(node));
            buffers.add(new Buffer(node, dragged.isEmpty() ? null : equity, dragged.size(),
                    result.totalLoss() - equity));
            if (buffers.size() % step == 0) {
                progress.accept((double) buffers.size() / nodes.size());
            }
        }
        progress.accept(1);
        buffers.sort(Comparator.comparingInt(Buffer::dragged).reversed()
                .thenComparing(b -> b.node().toString()));
        return buffers;
    }

    /**
     * @param absorbableLoss the loss it takes before its failure fails others (its equity); null when its failure
     *                       alone fails nobody
     * @param dragged        how many other nodes its failure fails
     * @param othersLoss     the capital others lose when it fails
     */
    public record Buffer(Node node, Double absorbableLoss, int dragged, double othersLoss) {
    }
}
