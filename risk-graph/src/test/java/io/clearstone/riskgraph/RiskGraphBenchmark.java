package io.clearstone.riskgraph;

import java.util.ArrayList;
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
 * The risk-graph analytics on a generated network of 10,000 nodes and 200,000 edges (190,000 credit edges with
 * heavy-tailed amounts between 9,990 institutions and protocols, 10,000 collateral holdings of 10 assets), each beside
 * a straightforward dense-matrix version of the same algorithm (n × n arrays of doubles) in the same run. The dense
 * DebtRank ranking would take hours, so it is measured on 5 nodes and scaled.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class RiskGraphBenchmark {

    private RiskNetwork network;
    private List<Node> nodes;
    private List<Node> assets;
    private DebtRank debtRank;
    private SystemicThresholds thresholds;
    private List<Node> shocked;
    private Dense dense;

    @Setup(Level.Trial)
    public void build() {
        GeneratedNetwork generated = GeneratedNetwork.of(2012);
        network = generated.network();
        nodes = generated.nodes();
        assets = generated.assets();
        shocked = generated.shocked();
        debtRank = new DebtRank(network);
        thresholds = new SystemicThresholds(new FireSaleCascade(network, generated.depth(), 0.6), 0.1, 100, 1e-3);
        dense = new Dense(network, generated.depth(), 0.6);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public double debtRankOfAShockedSet() {
        return debtRank.of(shocked).debtRank();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double denseDebtRankOfAShockedSet() {
        return dense.debtRank(shocked);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int debtRankRankingOfAllNodes() {
        return debtRank.ranking().size();
    }

    /** 5 nodes of the dense ranking; the full ranking is 2,000 times this. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double denseDebtRankRankingOf5Nodes() {
        double total = 0;
        for (int k = 0; k < 5; k++) {
            total += dense.debtRank(List.of(nodes.get(k)));
        }
        return total;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int eisenbergNoe() {
        return EisenbergNoe.clear(network).defaulted().size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public double denseEisenbergNoe() {
        return dense.eisenbergNoe();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public int thresholdsOfTenAssets() {
        return thresholds.of(assets).size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public double denseThresholdsOfTenAssets() {
        return dense.thresholds(assets, 0.1, 100, 1e-3);
    }

    /** The same algorithms on n × n arrays, written the obvious way. */
    static final class Dense {
        private final int n;
        private final double[][] weight;
        /** leverage[i][j]: what j owes i over i's equity, uncapped (differential DebtRank's Λ, transposed). */
        private final double[][] leverage;
        /** claims[i][j]: what j owes i (row-major in the creditor, so that every inner loop runs along a row). */
        private final double[][] claims;
        private final double[] totalLiabilities;
        private final double[] external;
        private final double[] equity;
        private final double[] value;
        private final double[][] holdings;
        private final double[] depth;
        private final double lossGivenDefault;
        private final Map<Node, Integer> index = new HashMap<>();

        Dense(RiskNetwork network, Map<Node, Double> depthOf, double lossGivenDefault) {
            CreditMatrix m = new CreditMatrix(network);
            n = m.size();
            this.lossGivenDefault = lossGivenDefault;
            for (int i = 0; i < n; i++) {
                index.put(m.nodes.get(i), i);
            }
            claims = new double[n][n];
            weight = new double[n][n];
            leverage = new double[n][];
            totalLiabilities = m.totalLiabilities.clone();
            external = new double[n];
            equity = new double[n];
            for (int i = 0; i < n; i++) {
                external[i] = network.externalAssetsOf(m.nodes.get(i));
                equity[i] = network.equityOf(m.nodes.get(i));
                for (int e = m.liabilityStart[i]; e < m.liabilityStart[i + 1]; e++) {
                    claims[m.creditor[e]][i] = m.owed[e];
                }
            }
            double[] assets = new double[n];
            double total = 0;
            for (int i = 0; i < n; i++) {
                leverage[i] = new double[n];
                for (int j = 0; j < n; j++) {
                    double claim = claims[i][j];
                    leverage[i][j] = claim == 0 ? 0 : equity[i] > 0 ? claim / equity[i] : Double.POSITIVE_INFINITY;
                    weight[i][j] = Math.min(1, leverage[i][j]);
                    assets[i] += claim;
                }
                assets[i] += Math.max(0, external[i]);
                total += assets[i];
            }
            value = new double[n];
            for (int i = 0; i < n; i++) {
                value[i] = assets[i] / total;
            }
            List<Node> assetNodes = new ArrayList<>(depthOf.keySet());
            depth = new double[n];
            holdings = new double[n][];
            for (int i = 0; i < n; i++) {
                holdings[i] = new double[n];
            }
            for (Exposure e : network.graph().edgeSet()) {
                if (e.kind().equals(ExposureKind.COLLATERAL)) {
                    holdings[index.get(network.graph().getEdgeSource(e))][index.get(network.graph().getEdgeTarget(e))]
                            += e.amount();
                }
            }
            for (Node asset : assetNodes) {
                depth[index.get(asset)] = depthOf.get(asset);
            }
        }

        double debtRank(List<Node> shocked) {
            double[] h = new double[n];
            int[] state = new int[n];
            for (Node node : shocked) {
                h[index.get(node)] = 1;
                state[index.get(node)] = 1;
            }
            double initial = 0;
            for (int i = 0; i < n; i++) {
                initial += h[i] * value[i];
            }
            boolean anyDistressed = true;
            while (anyDistressed) {
                double[] previous = h.clone();
                int[] previousState = state.clone();
                // every node takes the losses, inactive ones too; only the distressed pass them on
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        if (previousState[j] == 1) {
                            sum += weight[i][j] * previous[j];
                        }
                    }
                    h[i] = Math.min(1, previous[i] + sum);
                }
                anyDistressed = false;
                for (int i = 0; i < n; i++) {
                    if (previousState[i] == 1) {
                        state[i] = 2;
                    } else if (previousState[i] == 0 && h[i] > 0) {
                        state[i] = 1;
                        anyDistressed = true;
                    }
                }
            }
            double last = 0;
            for (int i = 0; i < n; i++) {
                last += h[i] * value[i];
            }
            return last - initial;
        }

        /** h(t+1) = min(1, h(t) + Λᵀ(h(t) − h(t−1))) from h(0) = 0, h(1) = 1 on the shocked set, as matrix maths. */
        double differentialDebtRank(List<Node> shocked, double tolerance, int maxRounds) {
            double[] before = new double[n];
            double[] h = new double[n];
            for (Node node : shocked) {
                h[index.get(node)] = 1;
            }
            double initial = 0;
            for (int i = 0; i < n; i++) {
                initial += h[i] * value[i];
            }
            for (int round = 1; round < maxRounds; round++) {
                double[] after = new double[n];
                double largest = 0;
                for (int i = 0; i < n; i++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        double rise = h[j] - before[j];
                        if (leverage[i][j] > 0 && rise > 0) {
                            sum += leverage[i][j] * rise;
                        }
                    }
                    after[i] = Math.min(1, h[i] + sum);
                    largest = Math.max(largest, after[i] - h[i]);
                }
                before = h;
                h = after;
                if (largest <= tolerance) {
                    break;
                }
            }
            double last = 0;
            for (int i = 0; i < n; i++) {
                last += h[i] * value[i];
            }
            return last - initial;
        }

        double eisenbergNoe() {
            double[] p = totalLiabilities.clone();
            for (int iteration = 0; iteration < 10_000; iteration++) {
                double change = 0;
                for (int i = 0; i < n; i++) {
                    double received = 0;
                    double[] row = claims[i];
                    for (int j = 0; j < n; j++) {
                        if (row[j] > 0) {
                            received += row[j] / totalLiabilities[j] * p[j];
                        }
                    }
                    double next = Math.min(totalLiabilities[i], external[i] + received);
                    change = Math.max(change, Math.abs(next - p[i]));
                    p[i] = next;
                }
                if (change < 1e-9) {
                    break;
                }
            }
            double total = 0;
            for (double payment : p) {
                total += payment;
            }
            return total;
        }

        double thresholds(List<Node> assets, double lossFraction, int maxFailures, double tolerance) {
            double systemEquity = 0;
            for (double e : equity) {
                systemEquity += Math.max(0, e);
            }
            double sum = 0;
            for (Node asset : assets) {
                double safe = 0;
                double harmful = 1;
                while (harmful - safe > tolerance) {
                    double middle = (safe + harmful) / 2;
                    if (damaging(index.get(asset), middle, lossFraction * systemEquity, maxFailures)) {
                        harmful = middle;
                    } else {
                        safe = middle;
                    }
                }
                sum += harmful;
            }
            return sum;
        }

        private boolean damaging(int asset, double shock, double lossBar, int maxFailures) {
            double[] price = new double[n];
            java.util.Arrays.fill(price, 1);
            price[asset] = 1 - shock;
            boolean[] failed = new boolean[n];
            double[] sold = new double[n];
            int failures = 0;
            while (true) {
                double totalLoss = 0;
                List<Integer> failing = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    double loss = 0;
                    for (int a = 0; a < n; a++) {
                        loss += holdings[i][a] * (1 - price[a]);
                    }
                    double[] row = claims[i];
                    for (int j = 0; j < n; j++) {
                        if (failed[j]) {
                            loss += row[j] * lossGivenDefault;
                        }
                    }
                    totalLoss += failed[i] ? Math.max(0, equity[i]) : Math.min(Math.max(0, equity[i]), loss);
                    if (!failed[i] && equity[i] > 0 && loss >= equity[i]) {
                        failing.add(i);
                    }
                }
                if (failing.isEmpty()) {
                    return totalLoss > lossBar || failures > maxFailures;
                }
                for (int i : failing) {
                    failed[i] = true;
                    failures++;
                    for (int a = 0; a < n; a++) {
                        sold[a] += holdings[i][a] * price[a];
                    }
                }
                for (int a = 0; a < n; a++) {
                    if (depth[a] > 0) {
                        price[a] = Math.max(0, (a == asset ? 1 - shock : 1) - sold[a] / depth[a]);
                    }
                }
            }
        }
    }
}
