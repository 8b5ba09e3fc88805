package io.clearstone.riskgraph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Eisenberg–Noe (2001) clearing vector by their fictitious default algorithm. Node i owes the other nodes
 * Lᵢⱼ and the outside world bᵢ ({@link RiskNetwork#externalLiabilities}), in all p̄ᵢ = Σⱼ Lᵢⱼ + bᵢ, and pays every
 * creditor pro rata, pari passu: node j gets Πᵢⱼ = Lᵢⱼ / p̄ᵢ of what i pays, the outside world bᵢ / p̄ᵢ. A clearing
 * vector satisfies p = min(p̄, e + Πᵀp). Starting with everyone paying in full, each round finds the nodes that
 * cannot (eᵢ + Σⱼ Πⱼᵢ pⱼ < p̄ᵢ) and solves for their payments with the others paying in full; the set of defaulters
 * only grows, so at most n rounds give the greatest clearing vector. The nodes found in round k are the k-th default
 * wave: round 1's fail even when everyone pays them, later rounds' only because earlier defaulters pay less.
 * <p>
 * Where this differs from the paper: the linear system of each round is solved by Gauss–Seidel sweeps over the
 * sparse matrix, to a relative tolerance of 1e-12, instead of exactly (its iteration matrix has norm below 1 where
 * anything is lost); a node counts as defaulting only when short by more than that tolerance, so that rounding in the
 * sweeps does not start a wave; and a payment is never negative (limited liability), which only matters for negative
 * external assets, outside the paper's e ≥ 0.
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
        double[] outside = new double[n];
        double[] obligations = new double[n];
        for (int i = 0; i < n; i++) {
            external[i] = network.externalAssetsOf(m.nodes.get(i));
            outside[i] = network.externalLiabilitiesOf(m.nodes.get(i));
            obligations[i] = m.totalLiabilities[i] + outside[i];
        }
        double[] p = obligations.clone();
        boolean[] defaulted = new boolean[n];
        List<Set<Node>> waves = new ArrayList<>();
        int rounds = 0;
        while (rounds <= n) {
            rounds++;
            Set<Node> wave = byName();
            for (int i = 0; i < n; i++) {
                if (!defaulted[i] && received(m, obligations, p, i) + external[i] < obligations[i] * (1 - TOLERANCE)) {
                    defaulted[i] = true;
                    wave.add(m.nodes.get(i));
                }
            }
            if (wave.isEmpty()) {
                break;
            }
            waves.add(Collections.unmodifiableSet(wave));
            solveDefaulted(m, obligations, external, defaulted, p);
        }
        Map<Node, Double> payments = new LinkedHashMap<>();
        Map<Node, Double> equity = new LinkedHashMap<>();
        Map<Node, Double> totalObligations = new LinkedHashMap<>();
        Map<Node, Double> externalLiabilities = new LinkedHashMap<>();
        Set<Node> defaulters = byName();
        for (int i = 0; i < n; i++) {
            Node node = m.nodes.get(i);
            payments.put(node, p[i]);
            equity.put(node, Math.max(0, external[i] + received(m, obligations, p, i) - p[i]));
            totalObligations.put(node, obligations[i]);
            externalLiabilities.put(node, outside[i]);
            if (defaulted[i]) {
                defaulters.add(node);
            }
        }
        return new ClearingResult(payments, equity, defaulters, rounds, totalObligations, externalLiabilities,
                List.copyOf(waves));
    }

    /**
     * The relative liabilities matrix Π of the network, row by row: Πᵢⱼ = Lᵢⱼ / p̄ᵢ for each creditor node j of i
     * (p̄ᵢ including i's external liabilities, so a row sums to 1 − bᵢ / p̄ᵢ); nodes that owe nothing have no row.
     */
    public static Map<Node, Map<Node, Double>> relativeLiabilities(RiskNetwork network) {
        CreditMatrix m = new CreditMatrix(network);
        Map<Node, Map<Node, Double>> rows = new TreeMap<>(Comparator.comparing(Node::toString));
        for (int i = 0; i < m.size(); i++) {
            double obligations = m.totalLiabilities[i] + network.externalLiabilitiesOf(m.nodes.get(i));
            if (m.liabilityStart[i] == m.liabilityStart[i + 1]) {
                continue;
            }
            Map<Node, Double> row = new TreeMap<>(Comparator.comparing(Node::toString));
            for (int e = m.liabilityStart[i]; e < m.liabilityStart[i + 1]; e++) {
                row.put(m.nodes.get(m.creditor[e]), m.owed[e] / obligations);
            }
            rows.put(m.nodes.get(i), Collections.unmodifiableMap(row));
        }
        return Collections.unmodifiableMap(rows);
    }

    /** What node j receives from its debtors when each debtor i pays pᵢ pro rata over its obligations p̄ᵢ. */
    static double received(CreditMatrix m, double[] obligations, double[] p, int j) {
        double total = 0;
        for (int e = m.claimStart[j]; e < m.claimStart[j + 1]; e++) {
            int i = m.debtor[e];
            total += m.claim[e] / obligations[i] * p[i];
        }
        return total;
    }

    private static void solveDefaulted(CreditMatrix m, double[] obligations, double[] external, boolean[] defaulted,
                                       double[] p) {
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double change = 0;
            double scale = 0;
            for (int i = 0; i < p.length; i++) {
                if (defaulted[i]) {
                    double next = Math.max(0, Math.min(obligations[i], external[i] + received(m, obligations, p, i)));
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

    private static Set<Node> byName() {
        return new TreeSet<>(Comparator.comparing(Node::toString));
    }

    /**
     * The clearing.
     *
     * @param payments            the clearing vector p*: what each node pays, to nodes and to the outside world
     * @param equity              what each node keeps: external assets + payments received − payments made, never
     *                            negative
     * @param defaulted           the nodes that pay less than they owe (pᵢ < p̄ᵢ)
     * @param rounds              rounds of the fictitious default algorithm, the last one finding no new defaulter
     * @param totalObligations    p̄ᵢ = Σⱼ Lᵢⱼ + bᵢ: what each node owes in all
     * @param externalLiabilities bᵢ: what each node owes outside the network
     * @param defaultWaves        the nodes that first default in each round, round 1 first (each set by name)
     */
    public record ClearingResult(Map<Node, Double> payments, Map<Node, Double> equity, Set<Node> defaulted,
                                 int rounds, Map<Node, Double> totalObligations,
                                 Map<Node, Double> externalLiabilities, List<Set<Node>> defaultWaves) {
    }
}
