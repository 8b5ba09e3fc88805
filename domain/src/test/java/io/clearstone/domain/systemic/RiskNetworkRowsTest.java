package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.riskgraph.Exposure;
import io.clearstone.riskgraph.ExposureKind;
import io.clearstone.riskgraph.Node;
import io.clearstone.riskgraph.NodeKind;
import io.clearstone.riskgraph.RiskNetwork;
import jakarta.persistence.EntityManager;

/**
 * The platform's side of the risk graph read with the whole-book queries, on a real schema (H2, the Flyway
 * migrations) holding a fixture of several owners and accounts, instruments and a pool, against the network worked
 * out by hand from the rules {@link LiveRiskNetwork} has always applied per account.
 */
class RiskNetworkRowsTest {

    private static final MarketSnapshot MARKET = MarketSnapshot.at(Instant.parse("2026-12-01T12:00:00Z"))
            .index("BTC-USD", 50_000).index("USDC-USD", 1).index("ETH-USD", 2_000).build();
    /** By instrument id: a swap settled in USDC, two notes of one pool, a swap settled in a coin without index. */
    private static final Map<Long, FakeInstrument> PLUGINS = Map.of(100L, FakeInstrument.swap("USDC", 120),
            101L, FakeInstrument.note("USDC", 0.9, 0.2), 103L, FakeInstrument.note("USDC", 0.5, 0.5),
            102L, FakeInstrument.swap("XYZ", 10));

    private static InMemoryDatabase database;
    private static EntityManager em;

    @BeforeAll
    static void fixture() throws Exception {
        database = new InMemoryDatabase("risk-network-rows");
        String created = "timestamp '2026-12-01 00:00:00+00'";
        database.execute(
                "insert into oracle_symbol (symbol, staleness_seconds, min_quorum, max_deviation, version) "
                        + "values ('BTC-USD', 60, 1, 0.1, 0), ('USDC-USD', 60, 1, 0.1, 0), "
                        + "('ETH-USD', 60, 1, 0.1, 0), ('XYZ-USD', 60, 1, 0.1, 0)",
                // BTC counts 90% in margin, ETH is not accepted as collateral, XYZ has no fresh index
                "insert into asset values ('BTC', 8, 'COIN', true, 0.9, 'BTC-USD', 0), "
                        + "('USDC', 6, 'COIN', true, 1, 'USDC-USD', 0), ('ETH', 18, 'COIN', false, 0.5, "
                        + "'ETH-USD', 0), ('XYZ', 6, 'COIN', true, 1, 'XYZ-USD', 0)",
                "insert into account (id, owner, system_role, margin_mode, status, created_at, version, margin_method)"
                        + " values (1, 'alice', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(2, 'alice', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'PORTFOLIO'), "
                        + "(3, 'bob', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(4, 'carol', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(5, 'dave', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(6, 'platform', 'INSURANCE_FUND', 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(7, 'pool-a', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'SEGREGATED'), "
                        + "(8, 'erin', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(9, 'platform', 'EXTERNAL_CUSTODY', 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD')",
                "insert into balance values (1, 'BTC', 2, 0), (1, 'USDC', 1000, 0), (2, 'USDC', -500, 0), "
                        + "(3, 'ETH', 10, 0), (4, 'XYZ', 100, 0), (4, 'USDC', 300, 0), (6, 'USDC', 1000000, 0), "
                        + "(7, 'USDC', 5000, 0), (8, 'USDC', 0, 0), "
                        // custody: the negative of everything held, so that each asset's balances sum to zero
                        + "(9, 'BTC', -2, 0), (9, 'USDC', -1005800, 0), (9, 'ETH', -10, 0), (9, 'XYZ', -100, 0)",
                "insert into instrument (id, type_id, terms_version, terms_json, underlying, settlement_asset, status, "
                        + "created_at, version) values "
                        + "(100, 'fake', 1, '{}', 'BTC-USD', 'USDC', 'ACTIVE', " + created + ", 0), "
                        + "(101, 'fake', 1, '{}', 'BTC-USD', 'USDC', 'ACTIVE', " + created + ", 0), "
                        + "(102, 'fake', 1, '{}', 'XYZ-USD', 'XYZ', 'ACTIVE', " + created + ", 0), "
                        + "(103, 'fake', 1, '{}', 'BTC-USD', 'USDC', 'ACTIVE', " + created + ", 0)",
                "insert into position values (1, 100, 5, 100, 0, 0), (2, 100, -2, 100, 0, 0), "
                        + "(3, 101, 1000, 1, 0, 0), (4, 102, 1, 10, 0, 0), (7, 101, 500, 1, 0, 0), "
                        + "(7, 103, 200, 1, 0, 0), (8, 100, 0, 100, 0, 0), (5, 103, -10, 1, 0, 0)",
                "insert into credit_pool values (1, 'pool-a', 7, 'servicer', 7, 7, 7, 7, 'USDC', 'BTC-USD', 0.1, "
                        + "'SEQUENTIAL', 12, 0, 1, " + created + ", 0)",
                "insert into pool_tranche values (1, 1, 'senior', 1, 'SENIOR', 0.2, 1, 0.05, 1000, 900, 0, 0, 101, 0),"
                        + " (2, 1, 'junior', 2, 'JUNIOR', 0, 0.2, 0.1, 250, 250, 0, 0, 103, 0)",
                "insert into risk_node values (1, 'protocol', 'lender', 100000, 5000, null, 'risk', " + created
                        + ", 1500), (2, 'institution', 'fund', 2000, 0, null, 'risk', " + created + ", 0)",
                "insert into risk_exposure values (1, 'protocol', 'lender', 'institution', 'fund', 'credit', 700, 700, "
                        + "'risk', " + created + "), (2, 'insurer', 'cover', 'protocol', 'lender', 'insurance', 50, 40, "
                        + "'risk', " + created + ")");
        em = database.hibernate().createEntityManager();
    }

    @AfterAll
    static void drop() throws Exception {
        em.close();
        database.close();
    }

    @Test
    void theMembersNetworkFromTheWholeBookQueriesIsTheOneWorkedOutAccountByAccount() {
        RiskNetworkRows rows = new RiskNetworkRows(em);
        RiskNetwork network = new RiskNetwork().add(LiveRiskNetwork.PLATFORM);
        double custody = new PlatformExposures(MARKET, pricing(rows.heldInstruments()),
                new HashSet<>(rows.noteInstruments())).addTo(network, rows.book());
        LiveRiskNetwork.addRegistered(network, rows);

        Node platform = LiveRiskNetwork.PLATFORM;
        Node alice = institution("alice");
        Node bob = institution("bob");
        Node carol = institution("carol");
        RiskNetwork expected = new RiskNetwork().add(platform)
                // alice's first account: 2 BTC and 1,000 USDC (91,000 in margin), long 5 swaps at 100 marked 120
                .expose(alice, asset("BTC"), Exposure.of(ExposureKind.COLLATERAL, 100_000))
                .expose(alice, asset("USDC"), Exposure.of(ExposureKind.COLLATERAL, 1_000))
                .owes(platform, alice, 101_000 + 100)
                // her second: owes 500 USDC and is short 2 swaps (−40): negative equity counts as none
                .owes(alice, platform, 500 + 40)
                .equity(alice, 91_000 + 100).externalAssets(alice, 101_000)
                // bob: 10 ETH (not collateral, so no margin equity) and 1,000 senior notes worth 0.9 less 20%
                .expose(bob, asset("ETH"), Exposure.of(ExposureKind.COLLATERAL, 20_000))
                .owes(platform, bob, 20_000)
                .equity(bob, 720).externalAssets(bob, 20_000)
                // carol: a swap settled in XYZ, which has no fresh index: positions left out, equity = collateral
                .expose(carol, asset("USDC"), Exposure.of(ExposureKind.COLLATERAL, 300))
                .owes(platform, carol, 300)
                .equity(carol, 300).externalAssets(carol, 300)
                // dave (short a note, worth −5) and erin (a zero balance and position) are members with nothing
                .equity(institution("dave"), 0).externalAssets(institution("dave"), 0)
                .equity(institution("erin"), 0).externalAssets(institution("erin"), 0)
                .expose(platform, Node.of(NodeKind.ORACLE, "BTC-USD"),
                        Exposure.of(ExposureKind.ORACLE_DEPENDENCY, 100_000))
                .expose(platform, Node.of(NodeKind.ORACLE, "USDC-USD"),
                        Exposure.of(ExposureKind.ORACLE_DEPENDENCY, 1_300))
                .expose(platform, Node.of(NodeKind.ORACLE, "ETH-USD"),
                        Exposure.of(ExposureKind.ORACLE_DEPENDENCY, 20_000));
        Node lender = Node.of(new NodeKind("protocol"), "lender");
        Node fund = institution("fund");
        expected.equity(lender, 100_000).externalAssets(lender, 5_000).externalLiabilities(lender, 1_500)
                .equity(fund, 2_000).externalAssets(fund, 0)
                .owes(lender, fund, 700)
                .expose(Node.of(NodeKind.INSURER, "cover"), lender, new Exposure(ExposureKind.INSURANCE, 50, 40));

        assertThat(NetworkContent.of(network)).containsExactlyElementsOf(NetworkContent.of(expected));
        assertThat(custody).isEqualTo(121_300);
    }

    @Test
    void thePlatformHoldsWhatCustodyHoldsLessThePoolsSegregatedBalances() {
        // the members' 2 BTC, 10 ETH, 100 XYZ and 1,000 − 500 + 300 USDC, and the fund's 1,000,000 USDC; of the
        // 1,005,800 USDC in custody, pool-a's 5,000 are its own
        assertThat(new RiskNetworkRows(em).platformHoldings()).containsOnlyKeys("BTC", "ETH", "USDC", "XYZ")
                .hasEntrySatisfying("BTC", units -> assertThat(units).isEqualByComparingTo("2"))
                .hasEntrySatisfying("ETH", units -> assertThat(units).isEqualByComparingTo("10"))
                .hasEntrySatisfying("XYZ", units -> assertThat(units).isEqualByComparingTo("100"))
                .hasEntrySatisfying("USDC", units -> assertThat(units).isEqualByComparingTo("1000800"));
    }

    @Test
    void thePlatformsBalanceSheetIsItsHoldingsAndItsCreditEdges() {
        RiskNetworkRows rows = new RiskNetworkRows(em);
        RiskNetworkRows.Book book = rows.book();
        RiskNetwork network = new RiskNetwork().add(LiveRiskNetwork.PLATFORM);
        new PlatformExposures(MARKET, pricing(rows.heldInstruments()), new HashSet<>(rows.noteInstruments()))
                .addTo(network, book);
        List<PlatformBalanceSheet.Holding> holdings = PlatformBalanceSheet.holdings(rows.platformHoldings(),
                book.assets(), MARKET);
        network.externalAssets(LiveRiskNetwork.PLATFORM, PlatformBalanceSheet.totalUsd(holdings));
        PlatformBalanceSheet sheet = PlatformBalanceSheet.of(network, LiveRiskNetwork.PLATFORM, holdings, 1_000_000);

        // XYZ has no fresh index: held, but worth nothing in the graph, as carol's XYZ is
        assertThat(holdings).extracting(PlatformBalanceSheet.Holding::asset, PlatformBalanceSheet.Holding::usdPrice,
                PlatformBalanceSheet.Holding::usd).containsExactly(tuple("BTC", 50_000.0, 100_000.0),
                tuple("ETH", 2_000.0, 20_000.0), tuple("USDC", 1.0, 1_000_800.0), tuple("XYZ", null, 0.0));
        assertThat(sheet.externalAssetsUsd()).isEqualTo(1_120_800);
        // owed: alice 101,100, bob 20,000, carol 300; owing: alice 540
        assertThat(sheet.liabilitiesUsd()).isEqualTo(121_400);
        assertThat(sheet.claimsUsd()).isEqualTo(540);
        // the fund, less alice's net unrealised gain of 60 that no settlement balance stands behind in this fixture
        assertThat(sheet.netWorthUsd()).isEqualTo(999_940);
    }

    @Test
    void aPoolsNotesAreHeldByWhoeverHoldsThemLongInAccountOrder() {
        RiskNetworkRows rows = new RiskNetworkRows(em);
        assertThat(rows.noteInstruments()).containsExactlyInAnyOrder(101L, 103L);
        Map<Long, List<RiskNetworkRows.NoteHolder>> holders = rows.noteHolders();
        assertThat(holders.keySet()).containsExactlyInAnyOrder(101L, 103L);
        assertThat(holders.get(101L)).extracting(RiskNetworkRows.NoteHolder::owner, h -> h.quantity().intValue())
                .containsExactly(tuple("bob", 1000), tuple("pool-a", 500));
        assertThat(holders.get(103L)).extracting(RiskNetworkRows.NoteHolder::owner).containsExactly("pool-a");
    }

    @Test
    void theQueriesLeaveNothingManaged() {
        RiskNetworkRows rows = new RiskNetworkRows(em);
        rows.book();
        Map<Long, Instrument> held = rows.heldInstruments();
        assertThat(held).containsOnlyKeys(100L, 101L, 102L, 103L);
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        assertThat(held.values()).allSatisfy(i -> assertThat(session.isReadOnly(i)).isTrue());
        assertThat(session.getStatistics().getEntityCount()).isEqualTo(held.size());
        em.clear();
    }

    /** As {@link LiveRiskNetwork} prices: each held instrument through its plugin, settled at its asset's index. */
    private static InstrumentPricing pricing(Map<Long, Instrument> held) {
        return id -> {
            FakeInstrument plugin = PLUGINS.get(id);
            Instrument instrument = held.get(id);
            assertThat(plugin.settlementAsset()).isEqualTo(instrument.settlementAsset());
            return Optional.of(new InstrumentPricing.Priced(plugin, MARKET,
                    MARKET.indexPrice(instrument.settlementAsset() + "-USD")));
        };
    }

    private static Node institution(String name) {
        return Node.of(NodeKind.INSTITUTION, name);
    }

    private static Node asset(String symbol) {
        return Node.of(NodeKind.ASSET, symbol);
    }

}
