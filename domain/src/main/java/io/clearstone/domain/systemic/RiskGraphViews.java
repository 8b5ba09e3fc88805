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

    /** DebtRank of a shocked set. */
    public record DebtRankView(List<String> shocked, double initialDistress, double debtRank, double totalLoss,
                               int rounds) {
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
