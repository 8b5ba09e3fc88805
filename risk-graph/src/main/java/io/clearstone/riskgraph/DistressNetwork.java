package io.clearstone.riskgraph;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What both DebtRank variants read from a network: who loses, and what fraction of their equity, per unit of another
 * node's distress, as compressed sparse rows, and each node's relative economic value v (summing to 1).
 * <p>
 * Direction: if j owes i an amount A (i's claim on j, an interbank asset of i), a loss of a fraction h of j's equity
 * costs i the fraction A / E_i · h of its own: the leverage {@code A / E_i}, uncapped here (Bardoscia et al.'s Λ) and
 * capped at 1 by classic DebtRank (Battiston et al.'s W). A node with no positive equity has nothing to absorb a loss
 * with: its leverage is infinite.
 */
final class DistressNetwork {

    final List<Node> nodes;
    final Map<Node, Integer> index;
    /** impactStart[j] .. impactStart[j + 1]: the nodes exposed to j, and their leverage on it. */
    final int[] impactStart;
    final int[] exposed;
    final double[] leverage;
    /** v: a node's share of the system's economic value. */
    final double[] value;

    /** Values v by assets: a node's claims plus its (non-negative) external assets, as a share of all of them. */
    DistressNetwork(RiskNetwork network) {
        this(network, null);
    }

    /**
     * @param economicValue each node's economic value, in any unit (normalised here to sum to 1; missing nodes 0);
     *                      null for values by assets
     */
    DistressNetwork(RiskNetwork network, Map<Node, Double> economicValue) {
        CreditMatrix m = new CreditMatrix(network);
        int n = m.size();
        nodes = m.nodes;
        index = m.index;
        impactStart = m.liabilityStart;
        exposed = m.creditor;
        leverage = new double[m.owed.length];
        for (int j = 0; j < n; j++) {
            for (int e = m.liabilityStart[j]; e < m.liabilityStart[j + 1]; e++) {
                double equity = network.equityOf(m.nodes.get(m.creditor[e]));
                leverage[e] = equity > 0 ? m.owed[e] / equity : Double.POSITIVE_INFINITY;
            }
        }
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            raw[i] = economicValue == null
                    ? m.totalClaims[i] + Math.max(0, network.externalAssetsOf(m.nodes.get(i)))
                    : economicValue.getOrDefault(m.nodes.get(i), 0.0);
            if (!(raw[i] >= 0 && raw[i] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("economic value of " + m.nodes.get(i) + " is " + raw[i]
                        + "; it must be finite and not negative");
            }
        }
        if (economicValue != null) {
            for (Node node : economicValue.keySet()) {
                requireIndex(node);
            }
        }
        double total = 0;
        for (double v : raw) {
            total += v;
        }
        value = new double[n];
        for (int i = 0; i < n; i++) {
            value[i] = total > 0 ? raw[i] / total : 1.0 / n;
        }
    }

    int size() {
        return nodes.size();
    }

    int requireIndex(Node node) {
        Integer i = index.get(node);
        if (i == null) {
            throw new IllegalArgumentException("not in the network: " + node);
        }
        return i;
    }

    /** ψ for a set all distressed alike. */
    double[] uniformDistress(Collection<Node> shocked, double distress) {
        if (!(distress > 0 && distress <= 1)) {
            throw new IllegalArgumentException("initial distress is in (0, 1]");
        }
        double[] psi = new double[size()];
        for (Node node : shocked) {
            psi[requireIndex(node)] = distress;
        }
        return psi;
    }

    /** ψ per node: each in [0, 1], 0 (or absent) for a node not distressed at the start. */
    double[] distressVector(Map<Node, Double> distress) {
        double[] psi = new double[size()];
        distress.forEach((node, h) -> {
            if (h == null || !(h >= 0 && h <= 1)) {
                throw new IllegalArgumentException("initial distress of " + node + " is " + h + "; it is in [0, 1]");
            }
            psi[requireIndex(node)] = h;
        });
        return psi;
    }
}
