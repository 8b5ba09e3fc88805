package io.clearstone.riskgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class EisenbergNoeTest {

    private static final Node A = Node.of(NodeKind.INSTITUTION, "0");
    private static final Node B = Node.of(NodeKind.INSTITUTION, "1");
    private static final Node C = Node.of(NodeKind.INSTITUTION, "2");

    @Test
    void threeNodeReferenceExample() {
        // L = [[0,2,2],[1,0,2],[1,1,0]], e = (0.5, 1, 0.5) → p̄ = (4, 3, 2), p* = (2.5, 3, 2), equity (0, 0.25, 1.75)
        RiskNetwork network = new RiskNetwork().owes(A, B, 2).owes(A, C, 2).owes(B, A, 1).owes(B, C, 2)
                .owes(C, A, 1).owes(C, B, 1).externalAssets(A, 0.5).externalAssets(B, 1).externalAssets(C, 0.5);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.payments().get(A)).isCloseTo(2.5, within(1e-12));
        assertThat(result.payments().get(B)).isCloseTo(3, within(1e-12));
        assertThat(result.payments().get(C)).isCloseTo(2, within(1e-12));
        assertThat(result.defaulted()).containsExactly(A);
        assertThat(result.equity().get(A)).isCloseTo(0, within(1e-12));
        assertThat(result.equity().get(B)).isCloseTo(0.25, within(1e-12));
        assertThat(result.equity().get(C)).isCloseTo(1.75, within(1e-12));
    }

    @Test
    void aDefaultCascadesAlongAChain() {
        // A owes B 10 with nothing; B owes C 10 with 4 of its own; C is whole
        RiskNetwork network = new RiskNetwork().owes(A, B, 10).owes(B, C, 10).externalAssets(B, 4)
                .externalAssets(C, 1);
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        assertThat(result.payments().get(A)).isZero();
        assertThat(result.payments().get(B)).isCloseTo(4, within(1e-12));
        assertThat(result.defaulted()).containsExactly(A, B);
        assertThat(result.equity().get(C)).isCloseTo(5, within(1e-12));
    }

    @RepeatedTest(10)
    void theResultIsAFixedPointAndTheGreatestOne() {
        Random random = new Random();
        int n = 40;
        List<Node> nodes = new ArrayList<>();
        RiskNetwork network = new RiskNetwork();
        for (int i = 0; i < n; i++) {
            nodes.add(Node.of(NodeKind.INSTITUTION, "n" + i));
            network.externalAssets(nodes.get(i), random.nextDouble() * 5);
        }
        for (int k = 0; k < 160; k++) {
            int i = random.nextInt(n);
            int j = random.nextInt(n);
            if (i != j) {
                network.owes(nodes.get(i), nodes.get(j), random.nextDouble() * 10);
            }
        }
        EisenbergNoe.ClearingResult result = EisenbergNoe.clear(network);
        CreditMatrix m = new CreditMatrix(network);
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = result.payments().get(m.nodes.get(i));
        }
        // fixed point: p = min(p̄, e + Πᵀp)
        for (int i = 0; i < n; i++) {
            double available = network.externalAssetsOf(m.nodes.get(i)) + EisenbergNoe.received(m, p, i);
            assertThat(p[i]).isCloseTo(Math.min(m.totalLiabilities[i], available), within(1e-9));
        }
        // greatest: Picard iteration from p̄ decreases to the greatest clearing vector
        double[] q = m.totalLiabilities.clone();
        for (int iteration = 0; iteration < 20_000; iteration++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = Math.min(m.totalLiabilities[i], network.externalAssetsOf(m.nodes.get(i))
                        + EisenbergNoe.received(m, q, i));
            }
            q = next;
        }
        for (int i = 0; i < n; i++) {
            assertThat(p[i]).isCloseTo(q[i], within(1e-7));
        }
    }
}
