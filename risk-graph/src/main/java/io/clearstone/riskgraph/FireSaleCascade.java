package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A price shock and the fire-sale contagion it sets off, to a fixed point. Round 0 moves one asset's price down by
 * the shock. In each round every node's loss is recomputed: the fall in value of the collateral it holds (COLLATERAL
 * edges, in USD at today's prices) plus what it cannot recover from failed debtors (CREDIT edges × loss given
 * default). A node whose loss reaches its equity fails; a failed node sells all its collateral, and an asset sold for
 * s USD in total falls by s / depth (linear price impact, floored at zero), which raises everyone's losses in the next
 * round. It stops when a round adds no failure; it cannot run longer than there are nodes.
 * <p>
 * Arrays throughout: a round costs the holdings plus the claims on the nodes that failed in it, so the many cascades
 * of a threshold search stay cheap. Built once per network; {@link #run} may be called many times (not concurrently).
 */
public final class FireSaleCascade {

    private final CreditMatrix m;
    private final double lossGivenDefault;
    private final double[] equity;
    /** holdingStart[i] .. holdingStart[i + 1]: asset slot and USD amount of each of i's holdings. */
    private final int[] holdingStart;
    private final int[] heldAsset;
    private final double[] heldAmount;
    private final List<Node> assets = new ArrayList<>();
    private final Map<Node, Integer> assetSlot = new HashMap<>();
    private final double[] depth;

    /**
     * @param marketDepth      asset → the USD of selling that would take its price to zero (linear impact)
     * @param lossGivenDefault the share of a claim on a failed node that is lost, e.g. 0.6
     */
    public FireSaleCascade(RiskNetwork network, Map<Node, Double> marketDepth, double lossGivenDefault) {
        this.m = new CreditMatrix(network);
        this.lossGivenDefault = lossGivenDefault;
        int n = m.size();
        equity = new double[n];
        List<List<double[]>> held = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            equity[i] = network.equityOf(m.nodes.get(i));
            held.add(new ArrayList<>(1));
        }
        int holdings = 0;
        for (Exposure e : network.graph().edgeSet()) {
            if (e.kind().equals(ExposureKind.COLLATERAL)) {
                Node asset = network.graph().getEdgeTarget(e);
                int slot = assetSlot.computeIfAbsent(asset, a -> {
                    assets.add(a);
                    return assets.size() - 1;
                });
                held.get(m.index.get(network.graph().getEdgeSource(e))).add(new double[] {slot, e.amount()});
                holdings++;
            }
        }
        holdingStart = new int[n + 1];
        heldAsset = new int[holdings];
        heldAmount = new double[holdings];
        int k = 0;
        for (int i = 0; i < n; i++) {
            holdingStart[i] = k;
            for (double[] h : held.get(i)) {
                heldAsset[k] = (int) h[0];
                heldAmount[k] = h[1];
                k++;
            }
        }
        holdingStart[n] = k;
        depth = new double[assets.size()];
        for (int a = 0; a < assets.size(); a++) {
            depth[a] = marketDepth.getOrDefault(assets.get(a), Double.POSITIVE_INFINITY);
        }
    }

    /** @param shock the relative fall of the asset's price, in [0, 1] */
    public Result run(Node asset, double shock) {
        return cascade(asset, assetSlot.getOrDefault(asset, -1), shock, -1);
    }

    /** The cascade that one node's failure alone sets off (it sells its collateral; its creditors write down). */
    public Result runFromFailure(Node node) {
        Integer i = m.index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("not in the network: " + node);
        }
        return cascade(node, -1, 0, i);
    }

    private Result cascade(Node subject, int shocked, double shock, int initiallyFailed) {
        int n = m.size();
        double[] price = new double[assets.size()];
        java.util.Arrays.fill(price, 1);
        if (shocked >= 0) {
            price[shocked] = Math.max(0, 1 - shock);
        }
        double[] sold = new double[assets.size()];
        double[] creditLoss = new double[n];
        boolean[] failed = new boolean[n];
        List<Node> failedInOrder = new ArrayList<>();
        List<Round> rounds = new ArrayList<>();
        double[] loss = new double[n];
        while (true) {
            List<Integer> failing = new ArrayList<>();
            if (initiallyFailed >= 0 && rounds.isEmpty()) {
                failing.add(initiallyFailed);
            }
            for (int i = 0; i < n; i++) {
                double collateralLoss = 0;
                for (int h = holdingStart[i]; h < holdingStart[i + 1]; h++) {
                    collateralLoss += heldAmount[h] * (1 - price[heldAsset[h]]);
                }
                loss[i] = collateralLoss + creditLoss[i];
                if (!failed[i] && equity[i] > 0 && loss[i] >= equity[i] && i != initiallyFailed) {
                    failing.add(i);
                }
            }
            rounds.add(new Round(rounds.size(), failing.stream().map(m.nodes::get).toList(), prices(price),
                    totalLoss(loss, failed)));
            if (failing.isEmpty()) {
                break;
            }
            for (int i : failing) {
                failed[i] = true;
                failedInOrder.add(m.nodes.get(i));
                for (int h = holdingStart[i]; h < holdingStart[i + 1]; h++) {
                    sold[heldAsset[h]] += heldAmount[h] * price[heldAsset[h]];
                }
                // i's creditors write their claims on it down
                for (int e = m.liabilityStart[i]; e < m.liabilityStart[i + 1]; e++) {
                    creditLoss[m.creditor[e]] += m.owed[e] * lossGivenDefault;
                }
            }
            for (int a = 0; a < price.length; a++) {
                double base = a == shocked ? 1 - shock : 1;
                price[a] = Math.max(0, base - sold[a] / depth[a]);
            }
        }
        return new Result(subject, shock, rounds, List.copyOf(failedInOrder), totalLoss(loss, failed), prices(price));
    }

    private Map<Node, Double> prices(double[] price) {
        Map<Node, Double> byAsset = new LinkedHashMap<>();
        for (int a = 0; a < price.length; a++) {
            byAsset.put(assets.get(a), price[a]);
        }
        return byAsset;
    }

    /** Σ of losses, each capped at the node's equity (what the system's capital absorbs). */
    private double totalLoss(double[] loss, boolean[] failed) {
        double total = 0;
        for (int i = 0; i < loss.length; i++) {
            double capital = Math.max(0, equity[i]);
            total += failed[i] ? capital : Math.min(capital, loss[i]);
        }
        return total;
    }

    /** The system's equity: what a loss fraction is measured against. */
    public double systemEquity() {
        double total = 0;
        for (double e : equity) {
            total += Math.max(0, e);
        }
        return total;
    }

    /**
     * One round: who failed in it (in node order), the prices it started from, and the capital lost so far.
     */
    public record Round(int round, List<Node> failed, Map<Node, Double> prices, double lossSoFar) {
    }

    /** The whole cascade; {@code asset} is the shocked asset, or the node whose failure started it. */
    public record Result(Node asset, double shock, List<Round> rounds, List<Node> failed, double totalLoss,
                         Map<Node, Double> finalPrices) {
    }
}
