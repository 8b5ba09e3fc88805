package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CREDIT edges of a network as compressed sparse rows, for the algorithms' inner loops: node i's liabilities
 * (whom it owes, how much) and its claims (who owes it, how much). Parallel credit edges between one pair add up.
 */
final class CreditMatrix {

    final List<Node> nodes;
    final Map<Node, Integer> index;
    /** liabilityStart[i] .. liabilityStart[i + 1]: creditor index and amount of each of i's liabilities. */
    final int[] liabilityStart;
    final int[] creditor;
    final double[] owed;
    /** claimStart[j] .. claimStart[j + 1]: debtor index and amount of each claim j holds. */
    final int[] claimStart;
    final int[] debtor;
    final double[] claim;
    final double[] totalLiabilities;
    final double[] totalClaims;

    CreditMatrix(RiskNetwork network) {
        nodes = new ArrayList<>(network.graph().vertexSet());
        nodes.sort(java.util.Comparator.comparing(Node::toString));
        index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        int n = nodes.size();
        List<Map<Integer, Double>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new java.util.TreeMap<>());
        }
        network.graph().edgeSet().stream().filter(e -> e.kind().equals(ExposureKind.CREDIT)).forEach(e -> {
            int from = index.get(network.graph().getEdgeSource(e));
            int to = index.get(network.graph().getEdgeTarget(e));
            if (from != to && e.amount() > 0) {
                rows.get(from).merge(to, e.amount(), Double::sum);
            }
        });
        int edges = rows.stream().mapToInt(Map::size).sum();
        liabilityStart = new int[n + 1];
        creditor = new int[edges];
        owed = new double[edges];
        totalLiabilities = new double[n];
        int[] claimCount = new int[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            liabilityStart[i] = k;
            for (Map.Entry<Integer, Double> entry : rows.get(i).entrySet()) {
                creditor[k] = entry.getKey();
                owed[k] = entry.getValue();
                totalLiabilities[i] += entry.getValue();
                claimCount[entry.getKey()]++;
                k++;
            }
        }
        liabilityStart[n] = k;
        claimStart = new int[n + 1];
        for (int j = 0; j < n; j++) {
            claimStart[j + 1] = claimStart[j] + claimCount[j];
        }
        debtor = new int[edges];
        claim = new double[edges];
        totalClaims = new double[n];
        int[] next = java.util.Arrays.copyOf(claimStart, n);
        for (int i = 0; i < n; i++) {
            for (int e = liabilityStart[i]; e < liabilityStart[i + 1]; e++) {
                int j = creditor[e];
                debtor[next[j]] = i;
                claim[next[j]] = owed[e];
                totalClaims[j] += owed[e];
                next[j]++;
            }
        }
    }

    int size() {
        return nodes.size();
    }
}
