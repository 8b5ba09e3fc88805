package io.clearstone.domain.systemic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.domain.shared.Decimals;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.ExposureKind;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.RiskNetwork;

/**
 * The platform's balance sheet as the risk graph holds it, beside the ledger figures it is built from, so that a risk
 * officer can take each number back to the books. Its external assets are what it holds in custody for itself and its
 * members ({@link RiskNetworkRows#platformHoldings()}), not only the members' collateral: the insurance fund's, the
 * fees' and the settlement account's balances are cash in custody too. That matters after a bankruptcy: the bankrupt
 * position closes at the mark, its realised loss is paid into the settlement account and the fund pays the account's
 * debt, while the other side keeps its unrealised gain as a claim on the platform; counting only collateral, the
 * platform owed that gain with nothing behind it and Eisenberg–Noe declared it in default.
 *
 * @param holdings          per asset, what the platform holds, to the asset's unit
 * @param externalAssetsUsd Σ holdings in USD: the platform node's external assets
 * @param liabilitiesUsd    Σ of what the platform owes other nodes (its members' collateral and gains, registered
 *                          credit)
 * @param claimsUsd         Σ of what other nodes owe the platform (members' debts and losses, registered credit)
 * @param netWorthUsd       external assets + claims − liabilities at face value, before anyone defaults: the fund's
 *                          and the fees' value, less what positions the graph cannot price leave out
 * @param insuranceFundUsd  the insurance fund's value, part of the holdings (and the platform's equity in the graph)
 */
public record PlatformBalanceSheet(List<Holding> holdings, double externalAssetsUsd, double liabilitiesUsd,
                                   double claimsUsd, double netWorthUsd, double insuranceFundUsd) {

    /**
     * One asset held.
     *
     * @param units    as the ledger has it
     * @param usdPrice the index the graph valued it at; null without a usable index (it then counts as zero, as a
     *                 member's balance in it does)
     */
    public record Holding(String asset, BigDecimal units, Double usdPrice, double usd) {
    }

    /** Each asset's holding valued at its index in the market. */
    static List<Holding> holdings(Map<String, BigDecimal> units, Map<String, RiskNetworkRows.AssetTerms> assets,
                                  MarketSnapshot market) {
        List<Holding> holdings = new ArrayList<>();
        units.forEach((asset, amount) -> {
            RiskNetworkRows.AssetTerms terms = assets.get(asset);
            OptionalDouble price = terms == null ? OptionalDouble.empty() : market.indexPrice(terms.oracleSymbol());
            holdings.add(new Holding(asset, Decimals.plain(amount), price.isPresent() ? price.getAsDouble() : null,
                    amount.doubleValue() * price.orElse(0)));
        });
        return holdings;
    }

    static double totalUsd(List<Holding> holdings) {
        return holdings.stream().mapToDouble(Holding::usd).sum();
    }

    /** The sheet of {@code platform} in the finished network: its credit edges read back from the graph. */
    static PlatformBalanceSheet of(RiskNetwork network, Node platform, List<Holding> holdings, double fundUsd) {
        double liabilities = network.graph().outgoingEdgesOf(platform).stream()
                .filter(e -> e.kind().equals(ExposureKind.CREDIT)).mapToDouble(Exposure::amount).sum();
        double claims = network.graph().incomingEdgesOf(platform).stream()
                .filter(e -> e.kind().equals(ExposureKind.CREDIT)).mapToDouble(Exposure::amount).sum();
        double external = network.externalAssetsOf(platform);
        return new PlatformBalanceSheet(List.copyOf(holdings), external, liabilities, claims,
                external + claims - liabilities, fundUsd);
    }
}
