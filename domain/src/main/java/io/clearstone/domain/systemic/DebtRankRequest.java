package io.clearstone.domain.systemic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.clearstone.domain.shared.InvalidRequestException;

/**
 * A DebtRank question as the API asks it, checked with the offending parameter named: the shocked nodes, their
 * initial distress ψ (one value for all, or one per node in the order of the nodes), the variant, and how many
 * nodes to list.
 *
 * @param shocked         {@code kind:name} of each shocked node
 * @param initialDistress ψ ∈ (0, 1] of each shocked node, in the same order
 * @param uniform         whether one ψ was given (or none: 1) for all
 * @param method          classic DebtRank or differential DebtRank
 * @param limit           at most this many nodes listed, most distressed first
 */
public record DebtRankRequest(List<String> shocked, List<Double> initialDistress, boolean uniform, Method method,
                              int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100_000;

    /** The variant: Battiston et al. (2012), or Bardoscia, Battiston, Caccioli, Caldarelli (2015). */
    public enum Method {
        DEBTRANK, DIFFERENTIAL;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param nodes    the {@code node} parameters
     * @param distress the {@code initialDistress} parameters: none (1 for all), one (for all) or one per node
     * @param method   {@code debtrank} (default) or {@code differential}
     * @param limit    the {@code limit} parameter, or null
     */
    public static DebtRankRequest parse(List<String> nodes, List<String> distress, String method, String limit) {
        List<String> shocked = nodes == null ? List.of() : List.copyOf(nodes);
        List<String> given = distress == null ? List.of() : distress;
        List<Double> psi = new ArrayList<>();
        for (String value : given) {
            psi.add(fraction(value));
        }
        boolean uniform = psi.size() <= 1;
        if (uniform) {
            double common = psi.isEmpty() ? 1.0 : psi.get(0);
            psi = new ArrayList<>(shocked.stream().map(node -> common).toList());
        } else if (psi.size() != shocked.size()) {
            throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter",
                    "initialDistress", "give one initialDistress for all nodes or one per node: " + psi.size()
                            + " values for " + shocked.size() + " nodes");
        } else {
            Set<String> seen = new HashSet<>();
            for (String node : shocked) {
                if (!seen.add(node)) {
                    throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter", "node",
                            node + " is given twice, each with its own initialDistress");
                }
            }
        }
        return new DebtRankRequest(shocked, List.copyOf(psi), uniform, method(method), limit(limit));
    }

    /** ψ if one was given for all (or none), else null. */
    public Double commonDistress() {
        return uniform ? (initialDistress.isEmpty() ? Double.valueOf(1.0) : initialDistress.get(0)) : null;
    }

    private static double fraction(String value) {
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed > 0 && parsed <= 1) {
                return parsed;
            }
        } catch (NumberFormatException | NullPointerException notANumber) {
            // refused below with the parameter named
        }
        throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter", "initialDistress",
                "initialDistress must be a number greater than 0 and at most 1, not " + value);
    }

    private static Method method(String value) {
        if (value == null || value.isBlank()) {
            return Method.DEBTRANK;
        }
        for (Method method : Method.values()) {
            if (method.parameter().equals(value.trim())) {
                return method;
            }
        }
        throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter", "method",
                "method must be debtrank or differential");
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= 0 && parsed <= MAX_LIMIT) {
                return parsed;
            }
        } catch (NumberFormatException notANumber) {
            // refused below with the parameter named
        }
        throw new InvalidRequestException("request/invalid-parameter", "Invalid query parameter", "limit",
                "limit must be a whole number from 0 to " + MAX_LIMIT);
    }
}
