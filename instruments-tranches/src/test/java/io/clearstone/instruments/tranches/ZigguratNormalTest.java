package io.clearstone.instruments.tranches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ZigguratNormalTest {

    /** 40 equiprobable cells of Φ, the tails beyond 3.4426 (the ziggurat's base layer) among them: chi-square. */
    @Test
    void drawsFollowTheStandardNormalIncludingTheTail() {
        int draws = 2_000_000;
        int cells = 40;
        double[] edges = new double[cells - 1];
        for (int k = 1; k < cells; k++) {
            edges[k - 1] = StandardNormal.inverse((double) k / cells);
        }
        long[] counts = new long[cells];
        long beyondTail = 0;
        double sum = 0;
        double sumOfSquares = 0;
        ZigguratNormal normal = new ZigguratNormal(7);
        for (int i = 0; i < draws; i++) {
            double x = normal.next();
            int cell = Arrays.binarySearch(edges, x);
            counts[cell >= 0 ? cell : -cell - 1]++;
            beyondTail += Math.abs(x) > 3.5 ? 1 : 0;
            sum += x;
            sumOfSquares += x * x;
        }
        double expected = (double) draws / cells;
        double chiSquare = 0;
        for (long count : counts) {
            chiSquare += (count - expected) * (count - expected) / expected;
        }
        // 39 degrees of freedom: the 99.9% quantile is 72.1
        assertThat(chiSquare).isLessThan(72.1);
        assertThat(sum / draws).isCloseTo(0, within(5 / Math.sqrt(draws)));
        assertThat(sumOfSquares / draws).isCloseTo(1, within(5 * Math.sqrt(2.0 / draws)));
        // P(|X| > 3.5) = 4.653e-4: 930.6 expected, standard deviation 30.5
        assertThat((double) beyondTail).isCloseTo(930.6, within(5 * 30.5));
    }

    @Test
    void theSameSeedRepeats() {
        ZigguratNormal first = new ZigguratNormal(42);
        ZigguratNormal second = new ZigguratNormal(42);
        for (int i = 0; i < 1_000; i++) {
            assertThat(first.next()).isEqualTo(second.next());
        }
    }
}
