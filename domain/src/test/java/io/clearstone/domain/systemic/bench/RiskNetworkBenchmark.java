package io.clearstone.domain.systemic.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.ledger.Balance;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.systemic.InMemoryDatabase;
import io.clearstone.domain.systemic.InstrumentPricing;
import io.clearstone.domain.systemic.LiveRiskNetwork;
import io.clearstone.domain.systemic.PlatformExposures;
import io.clearstone.domain.systemic.RiskNetworkRows;
import io.clearstone.instruments.perps.PerpetualSwapPlugin;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.riskgraph.RiskNetwork;
import jakarta.persistence.EntityManager;

/**
 * Building the members' side of the live risk network for 100,000 accounts, on an in-memory H2 database this
 * benchmark creates (the production schema by the Flyway migrations) and Hibernate as the server runs it. The book:
 * 100,000 member accounts of 20,000 owners, each with a USDC balance (every tenth one negative, a debt) and a coin
 * balance, and 3 positions over 80 perpetual swaps of the real plugin (20 coins; linear and inverse), plus an
 * insurance fund and a pool account that the network leaves out: 200,002 balances and 300,000 positions.
 * <ul>
 *   <li>{@code aggregateBuild}: what {@link LiveRiskNetwork} now does for the members: the whole-book read-only
 *       queries of {@link RiskNetworkRows} and one pass of {@link PlatformExposures}, in a fresh persistence
 *       context.</li>
 *   <li>{@code countRows}, a floor: {@code select count(*)} over the same accounts, balances and positions.</li>
 *   <li>{@code perAccountSample}, the old way on the first {@code perAccountSample} accounts (scale it to 100,000):
 *       inside one transaction and persistence context, per account the reads the old build made (the account, its
 *       balances and the asset list twice, its positions, each position's instrument and settlement asset, all as
 *       managed entities) and its positions valued through the plugin. Cheaper than the old build, which also
 *       re-parsed each position's terms and read each instrument's market per position.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class RiskNetworkBenchmark {

    static final int ACCOUNTS = 100_000;
    static final int OWNERS = 20_000;
    static final int COINS = 20;
    static final int SWAPS_PER_COIN = 4;
    static final int POSITIONS_PER_ACCOUNT = 3;
    /** The rules' columns only: the circuit breaker's (V10) keep their defaults. */
    private static final String SYMBOL =
            "insert into oracle_symbol (symbol, staleness_seconds, min_quorum, max_deviation, version) values ";

    @Param("2000")
    public int perAccountSample;

    private InMemoryDatabase database;
    private MarketSnapshot market;
    private final Map<Long, ResolvedInstrument> plugins = new HashMap<>();
    /** The building thread's own CPU time per build (collection threads not included): load on the machine aside. */
    private final List<Long> buildCpuNanos = new ArrayList<>();

    @Setup(Level.Trial)
    public void seed() throws Exception {
        database = new InMemoryDatabase("risk-network-bench");
        InstrumentPlugin swaps = new PerpetualSwapPlugin();
        swaps.init(PluginProperties.none());
        MarketSnapshot.Builder prices = MarketSnapshot.at(java.time.Instant.parse("2026-12-01T12:00:00Z"))
                .index("USDC-USD", 1);
        List<String> sql = new ArrayList<>();
        sql.add(SYMBOL + "('USDC-USD', 60, 1, 0.1, 0)");
        sql.add("insert into asset values ('USDC', 6, 'COIN', true, 1, 'USDC-USD', 0)");
        String created = "timestamp '2026-12-01 00:00:00+00'";
        for (int c = 0; c < COINS; c++) {
            String index = "C" + c + "-USD";
            prices.index(index, 100.0 * (c + 1));
            sql.add(SYMBOL + "('" + index + "', 60, 1, 0.1, 0)");
            sql.add("insert into asset values ('C" + c + "', 8, 'COIN', true, 0.8, '" + index + "', 0)");
            for (int s = 0; s < SWAPS_PER_COIN; s++) {
                long id = (long) c * SWAPS_PER_COIN + s + 1;
                boolean linear = s < 2;
                ResolvedInstrument swap = swaps.resolve(swaps.decode(TermsDocument.of(Map.of("underlying", index,
                        "style", linear ? "LINEAR" : "INVERSE", "contractSize",
                        s % 2 == 0 ? BigDecimal.ONE : BigDecimal.TEN, "tickSize", new BigDecimal("0.01"),
                        "fundingInterval", "PT8H")), swaps.info().termsVersion()), new EverythingListed());
                plugins.put(id, swap);
                sql.add("insert into instrument (id, type_id, terms_version, terms_json, underlying, "
                        + "settlement_asset, status, created_at, version) values (" + id + ", 'perpetual-swap', 1, "
                        + "'{}', '" + index + "', '" + (linear ? "USDC" : "C" + c) + "', 'ACTIVE', " + created
                        + ", 0)");
            }
        }
        market = prices.build();
        sql.add("insert into account (id, owner, system_role, margin_mode, status, created_at, version, "
                + "margin_method) select x, 'member-' || mod(x, " + OWNERS + "), null, 'CROSS', 'ACTIVE', " + created
                + ", 0, case when mod(x, 2) = 0 then 'PORTFOLIO' else 'STANDARD' end from system_range(1, "
                + ACCOUNTS + ")");
        sql.add("insert into account values (" + (ACCOUNTS + 1) + ", 'platform', 'INSURANCE_FUND', 'CROSS', "
                + "'ACTIVE', " + created + ", 0, 'STANDARD'), (" + (ACCOUNTS + 2) + ", 'pool', null, 'CROSS', "
                + "'ACTIVE', " + created + ", 0, 'SEGREGATED')");
        sql.add("insert into balance select x, 'USDC', case when mod(x, 10) = 0 then -500 else 10000 + mod(x, 1000) "
                + "end, 0 from system_range(1, " + (ACCOUNTS + 2) + ")");
        sql.add("insert into balance select x, 'C' || mod(x, " + COINS + "), 1 + mod(x, 7), 0 from system_range(1, "
                + ACCOUNTS + ")");
        int instruments = COINS * SWAPS_PER_COIN;
        for (int k = 0; k < POSITIONS_PER_ACCOUNT; k++) {
            // instrument (7x + 13k) mod 80 + 1: three different swaps per account; entry within ±5% of the index
            String instrument = "mod(x * 7 + " + 13 * k + ", " + instruments + ") + 1";
            sql.add("insert into position select x, " + instrument + ", (mod(x + " + k + ", 10) + 1) * "
                    + "case when mod(x + " + k + ", 2) = 0 then 1 else -1 end, 100 * ((" + instrument + " - 1) / "
                    + SWAPS_PER_COIN + " + 1) * (0.95 + mod(x * 31 + " + k + ", 100) / 1000.0), 0, 0 "
                    + "from system_range(1, " + ACCOUNTS + ")");
        }
        database.execute(sql.toArray(String[]::new));
        database.execute("analyze");
    }

    @TearDown(Level.Trial)
    public void drop() throws Exception {
        if (!buildCpuNanos.isEmpty()) {
            List<Long> sorted = buildCpuNanos.stream().sorted().toList();
            System.out.printf("%naggregateBuild thread CPU time over %d builds: min %d ms, median %d ms, max %d ms%n",
                    sorted.size(), sorted.get(0) / 1_000_000, sorted.get(sorted.size() / 2) / 1_000_000,
                    sorted.get(sorted.size() - 1) / 1_000_000);
        }
        database.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public RiskNetwork aggregateBuild() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuBefore = threads.getCurrentThreadCpuTime();
        EntityManager em = database.hibernate().createEntityManager();
        try {
            RiskNetworkRows rows = new RiskNetworkRows(em);
            RiskNetworkRows.Book book = rows.book();
            Map<Long, Instrument> held = rows.heldInstruments();
            RiskNetwork network = new RiskNetwork().add(LiveRiskNetwork.PLATFORM);
            InstrumentPricing pricing = id -> Optional.ofNullable(held.get(id)).map(i -> new InstrumentPricing.Priced(
                    plugins.get(id), market, market.indexPrice(book.assets().get(i.settlementAsset()).oracleSymbol())));
            double custody = new PlatformExposures(market, pricing, new HashSet<>(rows.noteInstruments()))
                    .addTo(network, book);
            network.externalAssets(LiveRiskNetwork.PLATFORM, custody);
            return network;
        } finally {
            em.close();
            buildCpuNanos.add(threads.getCurrentThreadCpuTime() - cpuBefore);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public long countRows() {
        EntityManager em = database.hibernate().createEntityManager();
        try {
            return em.createQuery("select count(a) from Account a", Long.class).getSingleResult()
                    + em.createQuery("select count(b) from Balance b", Long.class).getSingleResult()
                    + em.createQuery("select count(p) from Position p", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double perAccountSample() {
        EntityManager em = database.hibernate().createEntityManager();
        em.getTransaction().begin();
        try {
            double total = 0;
            List<Account> accounts = em.createQuery("select a from Account a where a.id <= :n order by a.id",
                    Account.class).setParameter("n", (long) perAccountSample).getResultList();
            for (Account account : accounts) {
                if (account.isSystem() || account.isSegregated()) {
                    continue;
                }
                // the network's own read of the balances, then the margin assessment's
                for (int read = 0; read < 2; read++) {
                    em.createQuery("select a from Asset a order by a.symbol", Asset.class).getResultList();
                    for (Balance balance : em.createQuery("select b from Balance b where b.key.accountId = :a "
                            + "order by b.key.asset", Balance.class).setParameter("a", account.id()).getResultList()) {
                        Asset asset = em.find(Asset.class, balance.key().asset());
                        total += MarginCalculator.collateralUsd(asset, balance.amount().doubleValue(), market);
                    }
                }
                em.find(Account.class, account.id());
                for (Position position : em.createQuery("select p from Position p where p.key.accountId = :a and "
                        + "p.quantity <> 0 order by p.key.instrumentId", Position.class)
                        .setParameter("a", account.id()).getResultList()) {
                    Instrument instrument = em.find(Instrument.class, position.key().instrumentId());
                    Asset settlement = em.find(Asset.class, instrument.settlementAsset());
                    total += plugins.get(instrument.id()).value(new PositionView(position.quantity().doubleValue(),
                            position.averagePrice().doubleValue()), market).value(Measure.PRESENT_VALUE).orElse(0)
                            * market.indexPrice(settlement.oracleSymbol()).orElse(0);
                }
            }
            return total;
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }
}
