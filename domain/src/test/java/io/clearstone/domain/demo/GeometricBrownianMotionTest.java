package io.clearstone.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

class GeometricBrownianMotionTest {

    private static final Map<String, GbmParameters> MARKET = Map.of(
            "BTC-USD", new GbmParameters(65_000, 0.0, 0.60), "ETH-USD", new GbmParameters(3_200, 0.0, 0.75));

    @Test
    void theSameSeedGivesTheSamePaths() {
        GeometricBrownianMotion first = new GeometricBrownianMotion(42, MARKET);
        GeometricBrownianMotion second = new GeometricBrownianMotion(42, MARKET);
        for (int i = 0; i < 100; i++) {
            assertThat(first.step(1.0 / 525_600)).isEqualTo(second.step(1.0 / 525_600));
        }
        assertThat(new GeometricBrownianMotion(43, MARKET).step(1.0 / 525_600))
                .isNotEqualTo(new GeometricBrownianMotion(42, MARKET).step(1.0 / 525_600));
    }

    @Test
    void logReturnsHaveTheModelsMeanAndVolatility() {
        // ln(S(t+dt)/S(t)) ~ N((μ − σ²/2)·dt, σ²·dt): check both moments over many daily steps
        double dt = 1.0 / 365;
        double sigma = 0.6;
        GeometricBrownianMotion motion = new GeometricBrownianMotion(7,
                Map.of("X", new GbmParameters(100, 0.0, sigma)));
        int steps = 200_000;
        double previous = 100;
        double sum = 0;
        double sumOfSquares = 0;
        for (int i = 0; i < steps; i++) {
            double next = motion.step(dt).get("X");
            double logReturn = Math.log(next / previous);
            sum += logReturn;
            sumOfSquares += logReturn * logReturn;
            previous = next;
        }
        double mean = sum / steps;
        double variance = sumOfSquares / steps - mean * mean;
        double standardError = sigma * Math.sqrt(dt / steps);
        assertThat(mean).isCloseTo(-0.5 * sigma * sigma * dt, within(4 * standardError));
        assertThat(Math.sqrt(variance / dt)).isCloseTo(sigma, within(0.01));
    }

    @Test
    void resumingContinuesFromTheGivenPrice() {
        GeometricBrownianMotion motion = new GeometricBrownianMotion(1, MARKET);
        motion.resumeFrom("BTC-USD", 70_000);
        assertThat(motion.step(1e-9).get("BTC-USD")).isCloseTo(70_000, within(10.0));
    }
}
