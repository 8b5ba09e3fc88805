package io.clearstone.domain.systemic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.liquidation.InsuranceFundService;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.ExposureKind;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.NodeKind;
import io.clearstone.riskgraph.RiskNetwork;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The risk graph of the platform as it stands, plus the registered outside world, in USD at current index prices.
 * The platform is the central counterparty: it owes each owner (institution) the collateral it holds for it and its
 * positions' gains; each owner owes it its debts and its positions' losses. Each owner holds its collateral assets;
 * the insurance fund insures the platform up to its value; the platform depends on each index's oracle for the
 * collateral priced by it. Owners' equity is their margin equity, summed over their accounts. Securitization pools
 * come in through {@link PoolExposures}.
 */
@ApplicationScoped
public class LiveRiskNetwork {

    public static final Node PLATFORM = Node.of(NodeKind.PLATFORM, "clearstone");
    public static final Node INSURANCE_FUND = Node.of(NodeKind.INSURER, "insurance-fund");

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    LedgerQueries ledger;
    @Inject
    MarginCalculator margin;
    @Inject
    MarketSnapshots markets;
    @EJB
    InsuranceFundService insuranceFund;
    @Inject
    PoolExposures pools;

    public RiskNetwork build() {
        MarketSnapshot market = markets.current();
        RiskNetwork network = new RiskNetwork().add(PLATFORM);
        Map<String, Double> collateralByIndex = new HashMap<>();
        double custody = 0;
        java.util.Set<Long> notes = pools.noteInstruments();
        for (Account account : accounts.all()) {
            if (account.isSystem() || account.isSegregated()) {
                continue;
            }
            Node owner = Node.of(NodeKind.INSTITUTION, account.owner());
            double collateral = 0;
            double debts = 0;
            for (var balance : ledger.balances(account.id())) {
                Asset asset = assets.require(balance.asset(), "asset");
                OptionalDouble price = market.indexPrice(asset.oracleSymbol());
                double usd = balance.amount().doubleValue() * price.orElse(0);
                if (usd > 0) {
                    network.expose(owner, Node.of(NodeKind.ASSET, asset.symbol()),
                            Exposure.of(ExposureKind.COLLATERAL, usd));
                    collateral += usd;
                    collateralByIndex.merge(asset.oracleSymbol(), usd, Double::sum);
                } else if (usd < 0) {
                    debts -= usd;
                }
            }
            double positions = 0;
            double equity = collateral - debts;
            try {
                MarginAssessment assessment = margin.assess(account.id(), market);
                // a note is a claim on its pool (an edge from the pool), not on the platform
                positions = assessment.positions().stream().filter(p -> !notes.contains(p.instrumentId()))
                        .mapToDouble(MarginAssessment.PositionRisk::valueUsd).sum();
                equity = assessment.equityUsd();
            } catch (RuntimeException unpriceable) {
                // positions without a fresh price are left out of this snapshot
            }
            if (collateral + Math.max(positions, 0) > 0) {
                network.owes(PLATFORM, owner, collateral + Math.max(positions, 0));
            }
            if (debts + Math.max(-positions, 0) > 0) {
                network.owes(owner, PLATFORM, debts + Math.max(-positions, 0));
            }
            network.equity(owner, network.equityOf(owner) + Math.max(equity, 0));
            network.externalAssets(owner, network.externalAssetsOf(owner) + collateral);
            custody += collateral;
        }
        double fund = Math.max(insuranceFund.valueUsd(market), 0);
        network.externalAssets(PLATFORM, custody).equity(PLATFORM, fund);
        if (fund > 0) {
            network.expose(INSURANCE_FUND, PLATFORM, new Exposure(ExposureKind.INSURANCE, fund, fund))
                    .equity(INSURANCE_FUND, fund).externalAssets(INSURANCE_FUND, fund);
        }
        collateralByIndex.forEach((index, usd) -> network.expose(PLATFORM, Node.of(NodeKind.ORACLE, index),
                Exposure.of(ExposureKind.ORACLE_DEPENDENCY, usd)));
        pools.addTo(network, market);
        addRegistered(network);
        return network;
    }

    private void addRegistered(RiskNetwork network) {
        List<RegisteredNode> nodes = em.createQuery("select n from RegisteredNode n order by n.id",
                RegisteredNode.class).getResultList();
        for (RegisteredNode registered : nodes) {
            Node node = Node.of(new NodeKind(registered.kind()), registered.name());
            network.equity(node, registered.equity().doubleValue())
                    .externalAssets(node, registered.externalAssets().doubleValue());
        }
        em.createQuery("select e from RegisteredExposure e order by e.id", RegisteredExposure.class)
                .getResultStream().forEach(e -> network.expose(
                        Node.of(new NodeKind(e.sourceKind()), e.sourceName()),
                        Node.of(new NodeKind(e.targetKind()), e.targetName()),
                        new Exposure(new ExposureKind(e.kind()), e.amount().doubleValue(), e.limit().doubleValue())));
    }
}
