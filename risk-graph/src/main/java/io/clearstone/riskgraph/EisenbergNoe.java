package io.clearstone.riskgraph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Eisenberg–Noe (2001) clearing vector by the fictitious default algorithm. Each node owes its creditors
 * p̄ᵢ = Σⱼ Lᵢⱼ and pays them pro rata, Πᵢⱼ = Lᵢⱼ / p̄ᵢ; a clearing vector satisfies p = min(p̄, e + Πᵀp). Starting
 * with everyone paying in full, each round finds the nodes that cannot (eᵢ + Σⱼ Πⱼᵢ pⱼ < p̄ᵢ) and solves for their
 * payments with the others paying in full; the set of defaulters only grows, so at most n rounds give the greatest
 * clearing vector. The linear system of each round is solved by Gauss–Seidel sweeps over the sparse matrix, to a
 * relative tolerance of 1e-12 (its iteration matrix has norm below 1 where anything is lost).
 */
public final class EisenbergNoe {

    private static final double TOLERANCE = 1e-12;
    private static final int MAX_SWEEPS = 100_000;

    private EisenbergNoe() {
    }

    public static ClearingResult clear(RiskNetwork network) {
        CreditMatrix m = new CreditMatrix(network);
        int n = m.size();
        double[] external = new double[n];
        for (int i = 0; i < n; i++) {
            external[i] = network.externalAssetsOf(m.nodes.get(i));
        }
        double[] p = m.totalLiabilities.clone();
        boolean[] defaulted = new boolean[n];
        int rounds = 0;
        while (rounds <= n) {
            rounds++;
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!defaulted[i] && received(m, p, i) + external[i] < m.totalLiabilities[i] * (1 - TOLERANCE)) {
                    defaulted[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            solveDefaulted(m, external, defaulted, p);
        }
        Map<Node, Double> payments = new LinkedHashMap<>();
        Map<Node, Double> equity = new LinkedHashMap<>();
        Set<Node> defaulters = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        for (int i = 0; i < n; i++) {
            Node node = m.nodes.get(i);
            payments.put(node, p[i]);
            equity.put(node, Math.max(0, external[i] + received(m, p, i) - p[i]));
            if (defaulted[i]) {
                defaulters.add(node);
            }
        }
        return new ClearingResult(payments, equity, defaulters, rounds);
    }

    /** What node j receives from its debtors when they pay p pro rata. */
    static double received(CreditMatrix m, double[] p, int j) {
        double total = 0;
        for (int e = m.claimStart[j]; e < m.claimStart[j + 1]; e++) {
            int i = m.debtor[e];
            total += m.claim[e] / m.totalLiabilities[i] * p[i];
        }
        return total;
    }

    private static void solveDefaulted(CreditMatrix m, double[] external, boolean[] defaulted, double[] p) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            double scale = 0;
            for (int i = 0; i < p.length; i++) {
                if (defaulted[i]) {
                    double next = Math.min(m.totalLiabilities[i], external[i] + received(m, p, i));
                    change = Math.max(change, Math.abs(next - p[i]));
                    scale = Math.max(scale, Math.abs(next));
                    p[i] = next;
                }
            }
            if (change <= TOLERANCE * Math.max(scale, 1e-300)) {
                return;
            }
        }
    }

    /**
     * The clearing: what each node pays, what equity it keeps (external assets + payments received − payments
     * made, never negative), and who defaults.
     */
    public record ClearingResult(Map<Node, Double> payments, Map<Node, Double> equity, Set<Node> defaulted,
                                 int rounds) {
    }
}
