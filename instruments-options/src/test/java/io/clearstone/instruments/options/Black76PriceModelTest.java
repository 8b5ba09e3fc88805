package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.OptionPriceModel;

class Black76PriceModelTest {

    private final OptionPriceModel model = new Black76PriceModel();

    /**
     * Haug's tables quote prices to four decimals, so the implied volatility can only come back to the price's
     * rounding (±0.00005) over vega: 11.4 for the Black–Scholes call, 6.0 for the Black-76 one, about 1e-5 at most.
     */
    @Test
    void publishedPricesGiveTheirVolatilityBack() {
        // Black–Scholes call S=60, K=65, r=8%, no dividend, 3 months: 2.1334 at 30%
        assertThat(model.impliedVolatility(2.1334, 60, 65, 0.25, 0.08, 0, true)).isCloseTo(0.30, within(1e-5));
        // Black-76 on a future F=K=19 (the future carries at the rate), r=10%, 9 months: call = put = 1.7011 at 28%
        assertThat(model.impliedVolatility(1.7011, 19, 19, 0.75, 0.10, 0.10, true)).isCloseTo(0.28, within(2e-5));
        assertThat(model.impliedVolatility(1.7011, 19, 19, 0.75, 0.10, 0.10, false)).isCloseTo(0.28, within(2e-5));
    }

    @Test
    void pricesAtThePublishedFigures() {
        assertThat(model.price(60, 65, 0.25, 0.30, 0.08, 0, true)).isCloseTo(2.1334, within(5e-5));
        assertThat(model.price(19, 19, 0.75, 0.28, 0.10, 0.10, false)).isCloseTo(1.7011, within(5e-5));
    }

    @Test
    void aPriceOutsideTheBoundsIsAnIllegalArgument() {
        assertThatThrownBy(() -> model.impliedVolatility(0.5, 60, 65, 0.25, 0.08, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intrinsic");
    }

    @Test
    void thePlatformFindsTheModel() {
        assertThat(ServiceLoader.load(OptionPriceModel.class).stream().map(p -> p.get().name()))
                .containsExactly("black-76");
    }
}
