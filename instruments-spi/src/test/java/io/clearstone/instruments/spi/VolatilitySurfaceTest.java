package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class VolatilitySurfaceTest {

    private final VolatilitySurface surface = VolatilitySurface.of(List.of(
            new VolatilitySurface.Point(0.25, 90, 0.70), new VolatilitySurface.Point(0.25, 110, 0.50),
            new VolatilitySurface.Point(1.00, 90, 0.60), new VolatilitySurface.Point(1.00, 110, 0.55)));

    @Test
    void linearInStrikeWithinAnExpiryAndFlatBeyond() {
        assertThat(surface.volatility(0.25, 100, 100)).isCloseTo(0.60, within(1e-15));
        assertThat(surface.volatility(0.25, 50, 100)).isCloseTo(0.70, within(1e-15));
        assertThat(surface.volatility(0.25, 500, 100)).isCloseTo(0.50, within(1e-15));
    }

    @Test
    void linearInTotalVarianceAcrossExpiries() {
        // at K=90: w(0.25) = 0.49·0.25 = 0.1225, w(1) = 0.36; at T=0.5, w = 0.1225 + (0.36 − 0.1225)/3 = 0.20167
        double expected = Math.sqrt((0.1225 + (0.36 - 0.1225) / 3) / 0.5);
        assertThat(surface.volatility(0.5, 90, 100)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void flatInVolatilityOutsideTheQuotedExpiries() {
        assertThat(surface.volatility(0.01, 110, 100)).isCloseTo(0.50, within(1e-15));
        assertThat(surface.volatility(3, 110, 100)).isCloseTo(0.55, within(1e-15));
    }

    @Test
    void calendarArbitrageIsRefused() {
        // total variance at K=100: 0.8²·0.5 = 0.32 > 0.4²·1 = 0.16
        assertThatThrownBy(() -> VolatilitySurface.of(List.of(new VolatilitySurface.Point(0.5, 100, 0.8),
                new VolatilitySurface.Point(1, 100, 0.4))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calendar arbitrage");
    }

    @Test
    void nonsensicalPointsAreRefused() {
        assertThatThrownBy(() -> new VolatilitySurface.Point(0, 100, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VolatilitySurface.Point(1, 100, -0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
