package io.clearstone.domain.systemic;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.securitization.PoolQueries;
import io.clearstone.domain.securitization.PoolView;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.ExposureKind;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.NodeKind;
import io.clearstone.riskgraph.RiskNetwork;

/**
 * Securitization pools in the risk graph, in USD: each pool holds its collateral tokens (collateral edges to the
 * assets, so a price shock reaches it) and its loans (external assets), and owes each note holder the holder's share
 * of each tranche's balance (credit edges pool → holder). Its equity is its reserve. Clearing pays creditors pro rata,
 * so the graph sees who loses when a pool fails, not the order the waterfall would impose among them.
 */
@ApplicationScoped
public class PoolExposures {

    @EJB
    PoolQueries pools;
    @EJB
    Ledger ledger;
    @Inject
    AssetRepository assets;

    /** Adds every pool, its collateral and what it owes its notes' holders (read in one query for all pools). */
    public void addTo(RiskNetwork network, MarketSnapshot market, RiskNetworkRows rows) {
        Map<Long, List<RiskNetworkRows.NoteHolder>> holders = rows.noteHolders();
        for (PoolView pool : pools.all()) {
            double toUsd = usd(pool.settlementAsset(), market);
            Node node = Node.of(NodeKind.POOL, pool.name());
            double reserve = ledger.balance(pool.accounts().reserve(), pool.settlementAsset()).doubleValue() * toUsd;
            double holdings = reserve;
            for (PoolView.AssetLine asset : pool.assets()) {
                if (asset.kind() == io.clearstone.domain.securitization.PoolAsset.Kind.COLLATERAL) {
                    double value = asset.collateralUnits().doubleValue() * usd(asset.collateralAsset(), market);
                    network.expose(node, Node.of(NodeKind.ASSET, asset.collateralAsset()),
                            Exposure.of(ExposureKind.COLLATERAL, value));
                    holdings += value;
                } else {
                    holdings += asset.par().doubleValue() * toUsd;
                }
            }
            for (PoolView.TrancheLine tranche : pool.tranches()) {
                if (tranche.originalBalance().signum() == 0) {
                    continue;
                }
                double perNote = tranche.balance().doubleValue() / tranche.originalBalance().doubleValue() * toUsd;
                for (RiskNetworkRows.NoteHolder held : holders.getOrDefault(tranche.instrumentId(), List.of())) {
                    network.owes(node, Node.of(NodeKind.INSTITUTION, held.owner()),
                            held.quantity().doubleValue() * perNote);
                }
            }
            network.equity(node, reserve).externalAssets(node, holdings);
        }
    }

    private double usd(String symbol, MarketSnapshot market) {
        OptionalDouble price = market.indexPrice(assets.require(symbol, "asset").oracleSymbol());
        return price.orElse(0);
    }
}
