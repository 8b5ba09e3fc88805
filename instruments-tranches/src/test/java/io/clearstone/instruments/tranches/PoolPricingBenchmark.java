package io.clearstone.instruments.tranches;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Valuation;

/**
 * Pricing a pool of 10,000 loans as {@code GET /pools/{id}/pricing} does: the analytics of each of its three
 * tranches (price, expected loss, the ten-bucket loss distribution, the fair spread over 13 quarterly dates), from a
 * fresh model each time (nothing kept from the previous operation). The pools (seeded): mixed loans of par 50–150,
 * annual default probability in 20 grades from 1% to 10.5%, recovery 20–50%; or 10,000 equal loans (4%, 40%).
 * Correlation 0.3, three years; tranches senior 80%, mezzanine 12%, equity 8%.
 *
 * <p>Baselines, in the same run: the former algorithm's single expectations (one Simpson integral over the factor
 * summing every loan at every node; one polar-method Monte Carlo run), of which it made 75 per pricing
 * (3 tranches × (1 + 11 buckets + 13 dates)): the whole former pricing would take minutes, so it is scaled.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PoolPricingBenchmark {

    static final int LOANS = 10_000;
    static final int PATHS = 20_000;
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private CreditPool mixed;
    private CreditPool alike;
    private double[] weight;
    private double[] probability;
    private double[] lossGivenDefault;
    private TrancheLoss equityInLoanSpace;

    @Setup(Level.Trial)
    public void build() {
        mixed = mixedPool();
        alike = pool(Collections.nCopies(LOANS, CreditPool.Asset.loan(100, 0.04, 0.4)));
        weight = new double[LOANS];
        probability = new double[LOANS];
        lossGivenDefault = new double[LOANS];
        double par = mixed.assets().stream().mapToDouble(CreditPool.Asset::par).sum();
        double years = mixed.yearsRemaining();
        for (int i = 0; i < LOANS; i++) {
            CreditPool.Asset loan = mixed.assets().get(i);
            weight[i] = loan.par() / par;
            probability[i] = -Math.expm1(years * Math.log1p(-loan.defaultProbability()));
            lossGivenDefault[i] = 1 - loan.recovery();
        }
        equityInLoanSpace = new TrancheLoss(0, 0.08);
    }

    static CreditPool mixedPool() {
        Random random = new Random(15);
        List<CreditPool.Asset> loans = new ArrayList<>();
        for (int i = 0; i < LOANS; i++) {
            loans.add(CreditPool.Asset.loan(50 + random.nextInt(101), 0.01 + 0.005 * random.nextInt(20),
                    0.2 + 0.1 * random.nextInt(4)));
        }
        return pool(loans);
    }

    static CreditPool pool(List<CreditPool.Asset> loans) {
        double par = loans.stream().mapToDouble(CreditPool.Asset::par).sum();
        return new CreditPool("1", 0.3, 3, 0, loans, List.of(new CreditPool.Tranche("senior", 0.8 * par, 0.8 * par),
                new CreditPool.Tranche("mezzanine", 0.12 * par, 0.12 * par),
                new CreditPool.Tranche("equity", 0.08 * par, 0.08 * par)));
    }

    /** Every tranche's analytics, by a model that has seen nothing yet; the measures, so nothing is optimised away. */
    static double price(CreditPool pool, int largePoolNames) {
        return price(pool, largePoolNames, PATHS);
    }

    static double price(CreditPool pool, int largePoolNames, int paths) {
        TrancheRiskSettings settings = new TrancheRiskSettings(TrancheRiskSettings.DEFAULTS.haircuts(), 0.5, 0.1,
                new PoolLossModel(largePoolNames, paths, 20_261_121L));
        MarketSnapshot market = MarketSnapshot.at(NOW).rate("USD", 0.05).build().withCreditPool(pool);
        double sum = 0;
        for (CreditPool.Tranche tranche : pool.tranches()) {
            Valuation analytics = new ResolvedTrancheNote(new TrancheTerms("1", tranche.name(), Seniority.MEZZANINE,
                    BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO, "ETH-USD", "USDC"), settings).analytics(market);
            sum += analytics.value(ResolvedTrancheNote.PRICE).orElseThrow()
                    + analytics.value(ResolvedTrancheNote.FAIR_SPREAD).orElseThrow();
        }
        return sum;
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 3)
    public double largePoolMixedLoans() {
        return price(mixed, 50);
    }

    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 3)
    public double largePoolAlikeLoans() {
        return price(alike, 50);
    }

    /** The exact finite pool of 10,000 equal loans (the large-pool threshold raised above the pool's size). */
    @Benchmark
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 3)
    public double finitePoolAlikeLoans() {
        return price(alike, 1_000_000);
    }

    /** The Monte Carlo of the mixed loans (the large-pool threshold raised above the pool's size), 20,000 paths. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double monteCarloMixedLoans() {
        return price(mixed, 1_000_000);
    }

    /** One of the former algorithm's 75 expectations for the mixed large pool. */
    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 3, time = 1)
    public double formerMixedOneExpectation() {
        return SimpsonBaseline.mixed(weight, probability, lossGivenDefault, 0.3, equityInLoanSpace);
    }

    /** One of the former algorithm's 75 Monte Carlo runs, 20,000 paths. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public double formerMonteCarloOneExpectation() {
        return SimpsonBaseline.monteCarlo(weight, probability, lossGivenDefault, 0.3, equityInLoanSpace, PATHS, 1);
    }
}
