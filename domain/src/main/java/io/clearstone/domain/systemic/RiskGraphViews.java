package io.clearstone.domain.systemic;

import java.util.List;
import java.util.Map;

/** What the risk-graph endpoints answer; nodes are named {@code kind:name}. */
public final class RiskGraphViews {

    private RiskGraphViews() {
    }

    /**
     * Eisenberg–Noe: who defaults, and what each node pays and keeps.
     *
     * @param totalObligations    p̄ per node: what it owes other nodes and the outside world
     * @param externalLiabilities bᵢ, what a node owes outside the network, paid pari passu; nodes owing none left out
     * @param defaultWaves        the nodes that first default in each round of the fictitious default algorithm
     * @param platform            the platform's balance sheet in the graph cleared, with the ledger figures behind it
     */
    public record Clearing(List<String> defaulted, Map<String, Double> payments, Map<String, Double> equity,
                           int rounds, Map<String, Double> totalObligations, Map<String, Double> externalLiabilities,
                           List<List<String>> defaultWaves, PlatformBalanceSheet platform) {
    }

    /**
     * DebtRank of a shocked set.
     *
     * @param initialDistress    ψ, if one for all the shocked nodes; null if each has its own (see {@code nodes})
     * @param debtRank           R: the share of the system's value lost beyond the initial shock
     * @param totalLoss          the share lost, the initial shock included
     * @param method             {@code debtrank} or {@code differential}
     * @param converged          false only if differential DebtRank reached its round limit first
     * @param tolerance          differential DebtRank's stopping tolerance on a round's largest rise; null for classic
     * @param additionalDefaults how many nodes ended at h = 1 that did not start there
     * @param distressedNodes    how many nodes distress reached (h > 0)
     * @param nodes              the most distressed of them, at most the request's limit, most distressed first
     */
    public record DebtRankView(List<String> shocked, Double initialDistress, double debtRank, double totalLoss,
                               int rounds, String method, boolean converged, Double tolerance,
                               int additionalDefaults, int distressedNodes, List<NodeDistress> nodes) {
    }

    /**
     * Where a node ended.
     *
     * @param initialDistress h(1), the shock it started with
     * @param distress        h at the end, in [0, 1]
     * @param state           UNDISTRESSED, DISTRESSED or INACTIVE (differential DebtRank has no inactive state)
     * @param defaulted       whether h reached 1
     */
    public record NodeDistress(String node, double initialDistress, double distress, String state,
                               boolean defaulted) {
    }

    /** A node's DebtRank alone. */
    public record Ranked(String node, double debtRank) {
    }

    /**
     * A threshold per asset and how far today's price is from it.
     *
     * @param shock       the smallest fall that does systemic damage; null if none does
     * @param near        whether the threshold is within the alert margin
     */
    public record ThresholdView(String asset, Double shock, boolean near) {
    }

    /**
     * A node's buffer.
     *
     * @param absorbableLoss what it absorbs before its failure fails others (its equity); null if its failure alone
     *                       fails nobody
     */
    public record BufferView(String node, Double absorbableLoss, int dragged, double othersLoss) {
    }

    /** Circular exposure and collateral concentration. */
    public record StructureView(List<List<String>> circularExposures, double herfindahl, List<Share> shares) {

        /** One asset's share of all collateral. */
        public record Share(String asset, double amountUsd, double share, double deviationFromTarget) {
        }
    }

    /** A what-if cascade, round by round. */
    public record Cascade(String asset, double shock, List<Round> rounds, List<String> failed, double totalLoss,
                          double systemEquity, Map<String, Double> finalPrices) {

        /** Who failed in a round, and at which prices it started. */
        public record Round(int round, List<String> failed, Map<String, Double> prices, double lossSoFar) {
        }
    }
}
