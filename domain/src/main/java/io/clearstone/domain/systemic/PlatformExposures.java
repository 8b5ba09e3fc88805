package io.clearstone.domain.systemic;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.ExposureKind;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.NodeKind;
import io.clearstone.riskgraph.RiskNetwork;

/**
 * The platform's side of the risk graph, in USD, assembled in one pass over {@link RiskNetworkRows.Book}'s sorted
 * rows. Per member account, as {@link LiveRiskNetwork} has always counted it: the owner holds each positive balance as
 * collateral (an edge to the asset) and owes the platform its negative ones; the platform owes the owner that
 * collateral plus its positions' gains, the owner owes the platform its debts plus its positions' losses (a pool's
 * note is a claim on the pool, so it is left out here); the owner's equity is Σ of its accounts' positive margin
 * equity (balances at the collateral weight, positions at their haircut), or collateral less debts for an account with
 * a position that cannot be priced now (its positions are then left out of this snapshot). The platform depends on
 * each index's oracle for the collateral priced by it.
 */
public final class PlatformExposures {

    private final MarketSnapshot market;
    private final InstrumentPricing pricing;
    private final Set<Long> notes;
    private final Map<Long, Optional<InstrumentPricing.Priced>> priced = new HashMap<>();

    public PlatformExposures(MarketSnapshot market, InstrumentPricing pricing, Set<Long> notes) {
        this.market = market;
        this.pricing = pricing;
        this.notes = notes;
    }

    /** Adds the members, their collateral and their claims with the platform; returns the collateral in custody. */
    public double addTo(RiskNetwork network, RiskNetworkRows.Book book) {
        Map<String, Double> collateralByIndex = new HashMap<>();
        Map<String, Node> assetNodes = new HashMap<>();
        RiskNetworkRows.Members members = book.members();
        RiskNetworkRows.Balances balances = book.balances();
        RiskNetworkRows.Positions positions = book.positions();
        int nextBalance = 0;
        int nextPosition = 0;
        double custody = 0;
        for (int member = 0; member < members.size(); member++) {
            long account = members.account(member);
            Node owner = Node.of(NodeKind.INSTITUTION, members.owner(member));
            double collateral = 0;
            double debts = 0;
            double weightedCollateral = 0;
            // rows of accounts that are not members (the platform's, pools', or opened since) are passed over
            while (nextBalance < balances.size() && balances.account(nextBalance) < account) {
                nextBalance++;
            }
            for (; nextBalance < balances.size() && balances.account(nextBalance) == account; nextBalance++) {
                String symbol = balances.asset(nextBalance);
                RiskNetworkRows.AssetTerms asset = book.assets().get(symbol);
                double amount = balances.amount(nextBalance);
                double usd = amount * market.indexPrice(asset.oracleSymbol()).orElse(0);
                if (usd > 0) {
                    network.expose(owner, assetNodes.computeIfAbsent(symbol, s -> Node.of(NodeKind.ASSET, s)),
                            Exposure.of(ExposureKind.COLLATERAL, usd));
                    collateral += usd;
                    collateralByIndex.merge(asset.oracleSymbol(), usd, Double::sum);
                } else if (usd < 0) {
                    debts -= usd;
                }
                weightedCollateral += MarginCalculator.collateralUsd(asset.oracleSymbol(), asset.collateralWeight(),
                        amount, market);
            }
            while (nextPosition < positions.size() && positions.account(nextPosition) < account) {
                nextPosition++;
            }
            int first = nextPosition;
            while (nextPosition < positions.size() && positions.account(nextPosition) == account) {
                nextPosition++;
            }
            PositionsValue value = value(positions, first, nextPosition);
            double claims = value == null ? 0 : value.outsidePools();
            double equity = value == null ? collateral - debts : weightedCollateral + value.counted();
            if (collateral + Math.max(claims, 0) > 0) {
                network.owes(LiveRiskNetwork.PLATFORM, owner, collateral + Math.max(claims, 0));
            }
            if (debts + Math.max(-claims, 0) > 0) {
                network.owes(owner, LiveRiskNetwork.PLATFORM, debts + Math.max(-claims, 0));
            }
            network.equity(owner, network.equityOf(owner) + Math.max(equity, 0));
            network.externalAssets(owner, network.externalAssetsOf(owner) + collateral);
            custody += collateral;
        }
        collateralByIndex.forEach((index, usd) -> network.expose(LiveRiskNetwork.PLATFORM,
                Node.of(NodeKind.ORACLE, index), Exposure.of(ExposureKind.ORACLE_DEPENDENCY, usd)));
        return custody;
    }

    /** One account's positions (rows {@code from} to {@code to}) valued; null when one cannot be priced now. */
    private PositionsValue value(RiskNetworkRows.Positions positions, int from, int to) {
        double counted = 0;
        double outsidePools = 0;
        try {
            for (int row = from; row < to; row++) {
                long instrumentId = positions.instrument(row);
                InstrumentPricing.Priced instrument = priced.computeIfAbsent(instrumentId, pricing::of).orElse(null);
                if (instrument == null || instrument.toUsd().isEmpty()) {
                    return null;
                }
                OptionalDouble mark = instrument.resolved().value(new PositionView(positions.quantity(row),
                        positions.averagePrice(row)), instrument.market()).value(Measure.PRESENT_VALUE);
                if (mark.isEmpty()) {
                    return null;
                }
                double usd = mark.getAsDouble() * instrument.toUsd().getAsDouble();
                counted += MarginCalculator.countedValue(usd, instrument.resolved().collateralHaircut());
                if (!notes.contains(instrumentId)) {
                    outsidePools += usd;
                }
            }
        } catch (RuntimeException unpriceable) {
            return null;
        }
        return new PositionsValue(counted, outsidePools);
    }

    /**
     * @param counted      Σ value as margin equity counts it (after each instrument's collateral haircut)
     * @param outsidePools Σ value of the positions that are claims on the platform (every one but pools' notes)
     */
    private record PositionsValue(double counted, double outsidePools) {
    }
}
