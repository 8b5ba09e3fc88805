package io.clearstone.domain.systemic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.riskgraph.EisenbergNoe;
import io.clearstone.riskgraph.RiskNetwork;
import jakarta.persistence.EntityManager;

/**
 * The books just after a bankruptcy the insurance fund paid for, on a market nobody shocks: carol was long 6,000
 * swaps at 100 with 66,000 USDC; at 50 her position closed at the mark to the backstop, her realised loss of 300,000
 * went to the settlement account and the fund paid the 234,000 she still owed. Bob, short 6,000 at 100, keeps an
 * unrealised gain of 300,000, a claim on the platform. The platform owes its members 51,300,000 (their balances and
 * bob's gain); counting only their balances as its assets (51,000,000), as the graph did, Eisenberg–Noe found it in
 * default; what it holds is the 52,066,000 deposited, the fund's and the settlement account's cash included.
 */
class PlatformAfterBankruptcyTest {

    private static final MarketSnapshot MARKET = MarketSnapshot.at(Instant.parse("2026-12-01T12:00:00Z"))
            .index("USDC-USD", 1).build();
    private static final FakeInstrument SWAP = FakeInstrument.swap("USDC", 50);

    private static InMemoryDatabase database;
    private static EntityManager em;

    @BeforeAll
    static void books() throws Exception {
        database = new InMemoryDatabase("platform-after-bankruptcy");
        String created = "timestamp '2026-12-01 00:00:00+00'";
        database.execute(
                "insert into oracle_symbol (symbol, staleness_seconds, min_quorum, max_deviation, version) "
                        + "values ('USDC-USD', 60, 1, 0.1, 0), ('BTC-USD', 60, 1, 0.1, 0)",
                "insert into asset values ('USDC', 6, 'COIN', true, 1, 'USDC-USD', 0)",
                "insert into account (id, owner, system_role, margin_mode, status, created_at, version, margin_method)"
                        + " values (1, 'bob', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(2, 'carol', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(3, 'backstop', null, 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(4, 'platform', 'INSURANCE_FUND', 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(5, 'platform', 'SETTLEMENT', 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD'), "
                        + "(6, 'platform', 'EXTERNAL_CUSTODY', 'CROSS', 'ACTIVE', " + created + ", 0, 'STANDARD')",
                // deposits: bob 1,000,000, carol 66,000, the backstop 50,000,000, the fund 1,000,000
                "insert into balance values (1, 'USDC', 1000000, 0), (2, 'USDC', 0, 0), (3, 'USDC', 50000000, 0), "
                        + "(4, 'USDC', 766000, 0), (5, 'USDC', 300000, 0), (6, 'USDC', -52066000, 0)",
                "insert into instrument (id, type_id, terms_version, terms_json, underlying, settlement_asset, status, "
                        + "created_at, version) values "
                        + "(100, 'fake', 1, '{}', 'BTC-USD', 'USDC', 'ACTIVE', " + created + ", 0)",
                "insert into position values (1, 100, -6000, 100, 0, 0), (3, 100, 6000, 50, 0, 0)");
        em = database.hibernate().createEntityManager();
    }

    @AfterAll
    static void drop() throws Exception {
        em.close();
        database.close();
    }

    @Test
    void aBankruptcyTheFundPaidLeavesThePlatformSolventWithTheFundAsItsNetWorth() {
        RiskNetworkRows rows = new RiskNetworkRows(em);
        RiskNetwork network = new RiskNetwork();
        List<PlatformBalanceSheet.Holding> holdings = LiveRiskNetwork.addPlatform(network, rows, rows.book(), MARKET,
                pricing(rows.heldInstruments()), 766_000);
        PlatformBalanceSheet sheet = PlatformBalanceSheet.of(network, LiveRiskNetwork.PLATFORM, holdings, 766_000);

        EisenbergNoe.ClearingResult clearing = EisenbergNoe.clear(network);
        assertThat(clearing.defaulted()).doesNotContain(LiveRiskNetwork.PLATFORM);
        assertThat(clearing.payments().get(LiveRiskNetwork.PLATFORM)).isEqualTo(51_300_000);
        assertThat(sheet.externalAssetsUsd()).isEqualTo(52_066_000);
        assertThat(sheet.liabilitiesUsd()).isEqualTo(51_300_000);
        assertThat(sheet.netWorthUsd()).as("the fund's 766,000; the settlement cash stands behind bob's gain")
                .isEqualTo(766_000);
        assertThat(clearing.equity().get(LiveRiskNetwork.PLATFORM)).isCloseTo(766_000, within(1e-6));
    }

    private static InstrumentPricing pricing(Map<Long, Instrument> held) {
        return id -> Optional.of(new InstrumentPricing.Priced(SWAP, MARKET, MARKET.indexPrice("USDC-USD")));
    }
}
