package io.clearstone.domain.systemic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.liquidation.InsuranceFundService;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
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
import jakarta.transaction.Transactional;

/**
 * The risk graph of the platform as it stands, plus the registered outside world, in USD at current index prices.
 * The platform is the central counterparty: it owes each owner (institution) the collateral it holds for it and its
 * positions' gains; each owner owes it its debts and its positions' losses. Its external assets are everything it
 * holds in custody that is not a pool's ({@link PlatformBalanceSheet}), members' collateral and its own accounts'
 * cash alike. Each owner holds its collateral assets;
 * the insurance fund insures the platform up to its value; the platform depends on each index's oracle for the
 * collateral priced by it. Owners' equity is their margin equity, summed over their accounts
 * ({@link PlatformExposures}). Securitization pools come in through {@link PoolExposures}.
 * <p>
 * Read with a few whole-book, read-only queries ({@link RiskNetworkRows}), never per account: at 100,000 accounts the
 * per-account reads held every balance and position as a managed entity and spent minutes dirty-checking them.
 */
@ApplicationScoped
public class LiveRiskNetwork {

    public static final Node PLATFORM = Node.of(NodeKind.PLATFORM, "clearstone");
    public static final Node INSURANCE_FUND = Node.of(NodeKind.INSURER, "insurance-fund");

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @Inject
    MarketSnapshots markets;
    @EJB
    InsuranceFundService insuranceFund;
    @Inject
    PoolExposures pools;

    /**
     * In a transaction of its own when called outside one (the minute's check): a short one, as long as the reads,
     * for the streamed queries to read from; the analytics that follow hold none.
     */
    @Transactional
    public RiskNetwork build() {
        return assemble().network();
    }

    /** The network with the platform's balance sheet as it was built into it, from the same reads and prices. */
    @Transactional
    public Built buildWithBalanceSheet() {
        return assemble();
    }

    private Built assemble() {
        MarketSnapshot market = markets.current();
        RiskNetworkRows rows = new RiskNetworkRows(em);
        RiskNetworkRows.Book book = rows.book();
        RiskNetwork network = new RiskNetwork();
        double fund = Math.max(insuranceFund.valueUsd(market), 0);
        List<PlatformBalanceSheet.Holding> holdings = addPlatform(network, rows, book, market,
                pricing(rows.heldInstruments(), book, market), fund);
        pools.addTo(network, market, rows);
        addRegistered(network, rows);
        return new Built(network, PlatformBalanceSheet.of(network, PLATFORM, holdings, fund));
    }

    /**
     * The platform, its members and their claims, the fund: everything but the pools and the registered world.
     * Plain Java over the rows, so that a test can build the platform's side from a book without the server.
     *
     * @return what the platform holds, asset by asset: its external assets
     */
    static List<PlatformBalanceSheet.Holding> addPlatform(RiskNetwork network, RiskNetworkRows rows,
                                                          RiskNetworkRows.Book book, MarketSnapshot market,
                                                          InstrumentPricing pricing, double fundUsd) {
        network.add(PLATFORM);
        new PlatformExposures(market, pricing, new HashSet<>(rows.noteInstruments())).addTo(network, book);
        List<PlatformBalanceSheet.Holding> holdings = PlatformBalanceSheet.holdings(rows.platformHoldings(),
                book.assets(), market);
        network.externalAssets(PLATFORM, PlatformBalanceSheet.totalUsd(holdings)).equity(PLATFORM, fundUsd);
        if (fundUsd > 0) {
            // the fund's cash is part of the platform's holdings above: this node shows what insures the platform
            network.expose(INSURANCE_FUND, PLATFORM, new Exposure(ExposureKind.INSURANCE, fundUsd, fundUsd))
                    .equity(INSURANCE_FUND, fundUsd).externalAssets(INSURANCE_FUND, fundUsd);
        }
        return holdings;
    }

    /** Each held instrument through its plugin, in the market as it sees it; an error leaves it unpriced. */
    private InstrumentPricing pricing(Map<Long, Instrument> held, RiskNetworkRows.Book book, MarketSnapshot market) {
        return id -> {
            Instrument instrument = held.get(id);
            RiskNetworkRows.AssetTerms settlement = instrument == null ? null
                    : book.assets().get(instrument.settlementAsset());
            if (settlement == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(new InstrumentPricing.Priced(instruments.resolve(instrument),
                        instrumentMarkets.of(instrument, market), market.indexPrice(settlement.oracleSymbol())));
            } catch (RuntimeException unpriceable) {
                return Optional.empty();
            }
        };
    }

    static void addRegistered(RiskNetwork network, RiskNetworkRows rows) {
        for (Object[] registered : rows.registeredNodes()) {
            Node node = Node.of(new NodeKind((String) registered[0]), (String) registered[1]);
            network.equity(node, ((java.math.BigDecimal) registered[2]).doubleValue())
                    .externalAssets(node, ((java.math.BigDecimal) registered[3]).doubleValue())
                    .externalLiabilities(node, ((java.math.BigDecimal) registered[4]).doubleValue());
        }
        for (Object[] e : rows.registeredExposures()) {
            network.expose(Node.of(new NodeKind((String) e[0]), (String) e[1]),
                    Node.of(new NodeKind((String) e[2]), (String) e[3]),
                    new Exposure(new ExposureKind((String) e[4]), ((java.math.BigDecimal) e[5]).doubleValue(),
                            ((java.math.BigDecimal) e[6]).doubleValue()));
        }
    }

    /** A network as built, with the platform's balance sheet in it. */
    public record Built(RiskNetwork network, PlatformBalanceSheet platform) {
    }
}
