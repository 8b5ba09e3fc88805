package io.clearstone.instruments.tranches;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import io.clearstone.instruments.spi.CreditPool;

/**
 * The benchmark's operations timed by the thread's CPU time (median of repeated runs after a warm-up), beside
 * JMH's wall-clock figures: on a machine shared by many processes the wall clock measures the queue for the cores
 * more than the work. Usage: see docs/bench/tranches-jmh.sh (run with {@code cpu} as the first argument).
 */
public final class PoolPricingCpuTime {

    private PoolPricingCpuTime() {
    }

    /** @param args optionally a word: only the operations whose names contain it */
    public static void main(String[] args) {
        only = args.length > 0 ? args[0] : "";
        PoolPricingBenchmark benchmark = new PoolPricingBenchmark();
        benchmark.build();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        report("large pool, mixed loans", threads, 5, 15, benchmark::largePoolMixedLoans);
        report("large pool, alike loans (Vasicek)", threads, 20, 50, benchmark::largePoolAlikeLoans);
        report("finite pool, 10,000 equal loans", threads, 5, 15, benchmark::finitePoolAlikeLoans);
        report("Monte Carlo, mixed loans, 20,000 paths", threads, 2, 5, benchmark::monteCarloMixedLoans);
        report("Monte Carlo, mixed loans, 10,000 paths", threads, 2, 5,
                () -> PoolPricingBenchmark.price(PoolPricingBenchmark.mixedPool(), 1_000_000, 10_000));
        report("former: one mixed-pool Simpson expectation", threads, 1, 3, benchmark::formerMixedOneExpectation);
        report("former: one Monte Carlo run", threads, 0, 2, benchmark::formerMonteCarloOneExpectation);
        // the demo pool (DemoCatalogue) once one loan is partly repaid: unequal pars, so the Monte Carlo prices it
        java.util.List<CreditPool.Asset> demoLoans = new java.util.ArrayList<>(
                java.util.Collections.nCopies(40, CreditPool.Asset.loan(25_000, 0.03, 0.4)));
        demoLoans.set(0, CreditPool.Asset.loan(20_000, 0.03, 0.4));
        var demo = PoolPricingBenchmark.pool(demoLoans);
        report("demo pool, one loan partly repaid (Monte Carlo)", threads, 3, 9,
                () -> PoolPricingBenchmark.price(demo, 50));
        double[] weight = new double[40];
        double[] probability = new double[40];
        double[] lgd = new double[40];
        for (int i = 0; i < 40; i++) {
            weight[i] = demoLoans.get(i).par() / 995_000;
            probability[i] = -Math.expm1(3 * Math.log1p(-0.03));
            lgd[i] = 0.6;
        }
        report("former: one Monte Carlo run of the demo pool", threads, 2, 5, () -> SimpsonBaseline.monteCarlo(
                weight, probability, lgd, 0.3, new TrancheLoss(0, 0.08), PoolPricingBenchmark.PATHS, 1));
        for (int paths : new int[] {PoolPricingBenchmark.PATHS, 10_000}) {
            var estimate = monteCarloEquityEstimate(paths);
            System.out.printf("Monte Carlo equity tranche expected loss share %.6f, standard error %.6f (%d paths)%n",
                    estimate.mean(), estimate.standardError(), estimate.paths());
        }
    }

    private static GaussianCopulaMonteCarlo.Estimate monteCarloEquityEstimate(int paths) {
        var pool = PoolPricingBenchmark.mixedPool();
        var settings = new PoolLossModel(1_000_000, paths, 20_261_121L);
        var market = io.clearstone.instruments.spi.MarketSnapshot.at(java.time.Instant.parse("2026-12-01T08:00:00Z"))
                .build().withCreditPool(pool);
        var loss = settings.expectedLoss(pool, 2, market);
        double balance = pool.tranches().get(2).balance();
        return new GaussianCopulaMonteCarlo.Estimate(loss.mean() / balance, loss.standardError() / balance,
                loss.paths());
    }

    private static String only = "";

    private static void report(String name, ThreadMXBean threads, int warmUps, int runs,
                               java.util.function.DoubleSupplier operation) {
        if (!name.contains(only)) {
            return;
        }
        double sink = 0;
        for (int i = 0; i < warmUps; i++) {
            sink += operation.getAsDouble();
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            sink += operation.getAsDouble();
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            wall[i] = (System.nanoTime() - wallStart) / 1e6;
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        System.out.printf("%-45s CPU median %9.1f ms (min %9.1f)   wall median %9.1f ms   [%d runs; %s]%n", name,
                cpu[runs / 2], cpu[0], wall[runs / 2], runs, sink == 42 ? "" : "ok");
    }
}
