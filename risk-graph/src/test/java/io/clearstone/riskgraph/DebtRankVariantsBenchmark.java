package io.clearstone.riskgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Differential DebtRank beside classic DebtRank, its baseline, on the benchmarks' generated network of 10,000 nodes
 * and 200,000 edges ({@link GeneratedNetwork}), for two shocks: 10 nodes defaulted (ψ = 1), and 5% distress on every
 * node. The setup prints each run's R, rounds and convergence, so that the figures can be read with what they cost.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DebtRankVariantsBenchmark {

    private DebtRank debtRank;
    private DifferentialDebtRank differential;
    private List<Node> shocked;
    private Map<Node, Double> fivePercentOnAll;

    @Setup(Level.Trial)
    public void build() {
        GeneratedNetwork generated = GeneratedNetwork.of(2012);
        debtRank = new DebtRank(generated.network());
        differential = new DifferentialDebtRank(generated.network());
        shocked = generated.shocked();
        fivePercentOnAll = new HashMap<>();
        generated.nodes().forEach(node -> fivePercentOnAll.put(node, 0.05));
        describe("DebtRank, 10 defaulted", debtRank.of(shocked));
        describe("differential DebtRank, 10 defaulted", differential.of(shocked));
        describe("DebtRank, 5% on all", debtRank.of(fivePercentOnAll));
        describe("differential DebtRank, 5% on all", differential.of(fivePercentOnAll));
    }

    private static void describe(String run, DistressResult result) {
        System.out.printf("%s: R = %.6f, total loss %.6f, %d rounds, converged %s, %d defaults, %d nodes reached%n",
                run, result.debtRank(), result.totalLoss(), result.rounds(), result.converged(),
                result.additionalDefaults(), result.distressed().size());
    }

    @Benchmark
    public double debtRankOfTenDefaulted() {
        return debtRank.of(shocked).debtRank();
    }

    @Benchmark
    public double differentialDebtRankOfTenDefaulted() {
        return differential.of(shocked).debtRank();
    }

    @Benchmark
    public double debtRankOfFivePercentOnAll() {
        return debtRank.of(fivePercentOnAll).debtRank();
    }

    @Benchmark
    public double differentialDebtRankOfFivePercentOnAll() {
        return differential.of(fivePercentOnAll).debtRank();
    }
}
