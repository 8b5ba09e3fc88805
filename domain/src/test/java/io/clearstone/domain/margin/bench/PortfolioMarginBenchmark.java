package io.clearstone.domain.margin.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.clearstone.domain.margin.PortfolioBook;
import io.clearstone.domain.margin.PortfolioMarginCalculator;
import io.clearstone.domain.margin.PortfolioScenarios;
import io.clearstone.domain.margin.ScenarioRisk;
import io.clearstone.domain.margin.UnderlyingRisk;
import io.clearstone.instruments.options.EuropeanOptionPlugin;
import io.clearstone.instruments.perps.PerpetualSwapPlugin;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.MeasureResult;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;

/**
 * Re-margin after one index tick, portfolio mode: 100,000 accounts × 10 positions over 2,000 instruments (20
 * underlyings, each with 4 swaps and 96 European options from the real plugins). {@code incrementalTick} is the
 * {@link PortfolioBook}: the ticked underlying's 100 instruments priced once, the ≈ 40% of accounts holding it
 * re-margined. {@code naiveFullReprice} is the baseline: every position of every account re-priced through its
 * plugin (value and risk array) and every account's margin recomputed.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class PortfolioMarginBenchmark {

    static final int ACCOUNTS = 100_000;
    static final int POSITIONS_PER_ACCOUNT = 10;
    static final int UNDERLYINGS = 20;
    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");

    private final PortfolioScenarios scenarios = PortfolioScenarios.STANDARD;
    private final List<ResolvedInstrument> instruments = new ArrayList<>();
    private final List<String> settlementIndex = new ArrayList<>();
    private final double[] spot = new double[UNDERLYINGS];
    private int[][] positionInstrument;
    private double[][] positionQuantity;
    private double[][] positionEntry;
    private PortfolioBook book;
    private MarketSnapshot market;
    private int tick;

    @Setup(Level.Trial)
    public void build() {
        InstrumentPlugin swaps = new PerpetualSwapPlugin();
        swaps.init(PluginProperties.none());
        InstrumentPlugin options = new EuropeanOptionPlugin();
        options.init(PluginProperties.none());
        for (int u = 0; u < UNDERLYINGS; u++) {
            spot[u] = 100 * (u + 1);
            String underlying = "C" + u + "-USD";
            add(swaps, Map.of("underlying", underlying, "style", "LINEAR", "contractSize", BigDecimal.ONE,
                    "tickSize", new BigDecimal("0.01"), "fundingInterval", "PT8H"), "USDC-USD");
            add(swaps, Map.of("underlying", underlying, "style", "LINEAR", "contractSize", BigDecimal.TEN,
                    "tickSize", new BigDecimal("0.01"), "fundingInterval", "PT8H"), "USDC-USD");
            add(swaps, Map.of("underlying", underlying, "style", "INVERSE", "contractSize", BigDecimal.TEN,
                    "tickSize", new BigDecimal("0.01"), "fundingInterval", "PT8H"), underlying);
            add(swaps, Map.of("underlying", underlying, "style", "INVERSE", "contractSize", new BigDecimal("100"),
                    "tickSize", new BigDecimal("0.01"), "fundingInterval", "PT8H"), underlying);
            for (String style : List.of("LINEAR", "INVERSE")) {
                for (String right : List.of("CALL", "PUT")) {
                    for (int days : new int[] {30, 90}) {
                        for (int k = 0; k < 12; k++) {
                            add(options, Map.of("underlying", underlying, "style", style, "right", right,
                                    "strike", BigDecimal.valueOf(Math.round(spot[u] * (0.7 + 0.05 * k))),
                                    "expiry", NOW.plus(days, ChronoUnit.DAYS).toString()),
                                    style.equals("LINEAR") ? "USDC-USD" : underlying);
                        }
                    }
                }
            }
        }
        market = market();
        Random random = new Random(42);
        positionInstrument = new int[ACCOUNTS][POSITIONS_PER_ACCOUNT];
        positionQuantity = new double[ACCOUNTS][POSITIONS_PER_ACCOUNT];
        positionEntry = new double[ACCOUNTS][POSITIONS_PER_ACCOUNT];
        book = new PortfolioBook(scenarios, 0.8);
        for (int i = 0; i < instruments.size(); i++) {
            book.listInstrument(i, instruments.get(i), settlementIndex.get(i));
        }
        for (int a = 0; a < ACCOUNTS; a++) {
            book.setCollateral(a, 1_000_000);
            for (int p = 0; p < POSITIONS_PER_ACCOUNT; p++) {
                int instrument = random.nextInt(instruments.size());
                while (contains(positionInstrument[a], p, instrument)) {
                    instrument = random.nextInt(instruments.size());
                }
                ResolvedInstrument resolved = instruments.get(instrument);
                double quantity = random.nextInt(10) + 1;
                quantity = random.nextBoolean() ? quantity : -quantity;
                double entry = resolved.paysClosingPnl()
                        ? market.indexPrice(resolved.underlying()).getAsDouble() * (0.95 + 0.1 * random.nextDouble())
                        : ((MeasureResult.Value) resolved.price(market)).value();
                positionInstrument[a][p] = instrument;
                positionQuantity[a][p] = quantity;
                positionEntry[a][p] = entry;
                book.setPosition(a, instrument, quantity, entry, market);
            }
        }
    }

    /** One tick of one underlying (they take turns, moving ±0.2%), and the re-margin it causes. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 3)
    public int incrementalTick() {
        int u = tick % UNDERLYINGS;
        double move = (tick / UNDERLYINGS) % 2 == 0 ? 1.002 : 1 / 1.002;
        tick++;
        spot[u] *= move;
        market = market();
        return book.onTick("C" + u + "-USD", market).size();
    }

    /** Every position of every account re-priced by its plugin, every account's margin recomputed. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double naiveFullReprice() {
        ScenarioGrid grid = scenarios.grid();
        PortfolioMarginCalculator calculator = new PortfolioMarginCalculator(scenarios, 0.3);
        double total = 0;
        for (int a = 0; a < ACCOUNTS; a++) {
            List<ScenarioRisk> risks = new ArrayList<>(POSITIONS_PER_ACCOUNT);
            double value = 0;
            for (int p = 0; p < POSITIONS_PER_ACCOUNT; p++) {
                int instrument = positionInstrument[a][p];
                ResolvedInstrument resolved = instruments.get(instrument);
                PositionView position = new PositionView(positionQuantity[a][p], positionEntry[a][p]);
                double toUsd = market.indexPrice(settlementIndex.get(instrument)).getAsDouble();
                boolean coin = settlementIndex.get(instrument).equals(resolved.underlying());
                double valueUsd = resolved.value(position, market).value(Measure.PRESENT_VALUE).orElse(0) * toUsd;
                RiskArray array = resolved.riskArray(position, market, grid);
                double[][] usd = new double[array.pnl().length][];
                for (int r = 0; r < usd.length; r++) {
                    double m = coin ? grid.priceMoves().get(r) : 0;
                    usd[r] = new double[array.pnl()[r].length];
                    for (int v = 0; v < usd[r].length; v++) {
                        usd[r][v] = array.pnl()[r][v] * toUsd * (1 + m) + valueUsd * m;
                    }
                }
                risks.add(new ScenarioRisk(instrument, resolved.underlying(), usd, false));
                value += valueUsd;
            }
            total += value + calculator.maintenance(risks).stream().mapToDouble(UnderlyingRisk::maintenanceUsd).sum();
        }
        return total;
    }

    private MarketSnapshot market() {
        MarketSnapshot.Builder builder = MarketSnapshot.at(NOW).index("USDC-USD", 1);
        for (int u = 0; u < UNDERLYINGS; u++) {
            builder.index("C" + u + "-USD", spot[u]).surface("C" + u + "-USD", VolatilitySurface.flat(0.5 + 0.01 * u));
        }
        return builder.build();
    }

    private void add(InstrumentPlugin plugin, Map<String, Object> terms, String settlement) {
        instruments.add(plugin.resolve(plugin.decode(TermsDocument.of(terms), plugin.info().termsVersion()),
                new EverythingListed()));
        settlementIndex.add(settlement);
    }

    private static boolean contains(int[] held, int count, int instrument) {
        for (int i = 0; i < count; i++) {
            if (held[i] == instrument) {
                return true;
            }
        }
        return false;
    }
}
