package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ImpliedVolatilitySolverTest {

    private static final double HOUR = 1.0 / (365 * 24);
    private final Black76OptionPricer pricer = new Black76OptionPricer();
    private final ImpliedVolatilitySolver solver = new ImpliedVolatilitySolver();

    /**
     * Out-of-the-money prices carry the whole time value and must give the volatility back to 1e-10. An
     * in-the-money price is intrinsic value plus a time value that may be 1e-10 of it: a double then holds only a few
     * digits of that time value, so no solver can do better than the price's own rounding (4 ulp) propagated through
     * vega, and that is the bound checked for them (parity makes the out-of-the-money price the better input).
     */
    @Test
    void roundTripsAcrossMoneynessAndExpiry() {
        int outOfTheMoney = 0;
        int inTheMoney = 0;
        double worstOutOfTheMoney = 0;
        for (double moneyness : new double[] {0.2, 0.35, 0.5, 0.7, 0.9, 1.0, 1.1, 1.5, 2, 3, 5}) {
            for (double years : new double[] {HOUR, 6 * HOUR, 1.0 / 365, 7.0 / 365, 0.25, 1, 2}) {
                for (double vol : new double[] {0.1, 0.3, 0.6, 1.0, 2.0}) {
                    for (boolean call : new boolean[] {true, false}) {
                        double strike = 100 * moneyness;
                        double forwardStrike = strike * Math.exp(-0.02 * years);
                        double price = pricer.price(100, strike, years, vol, 0.02, 0, call);
                        double intrinsic = Math.max(call ? 100 - forwardStrike : forwardStrike - 100, 0);
                        if (price - intrinsic <= 1e-12 * Math.max(price, 1e-300)) {
                            continue; // no time value left in a double: no volatility to find
                        }
                        double implied = solver.impliedVolatility(price, 100, strike, years, 0.02, 0, call);
                        double error = Math.abs(implied - vol) / vol;
                        String at = "K=" + strike + " T=" + years + " σ=" + vol + " call=" + call;
                        if (intrinsic == 0) {
                            assertThat(error).as(at).isLessThan(1e-10);
                            worstOutOfTheMoney = Math.max(worstOutOfTheMoney, error);
                            outOfTheMoney++;
                        } else {
                            double vega = pricer.sensitivities(100, strike, years, vol, 0.02, 0, call).vega();
                            assertThat(error).as(at).isLessThan(1e-10 + 4 * Math.ulp(price) / (vega * vol));
                            inTheMoney++;
                        }
                    }
                }
            }
        }
        System.out.printf("implied vol round trips: %d out of the money (worst relative error %.2e), %d in the money%n",
                outOfTheMoney, worstOutOfTheMoney, inTheMoney);
        assertThat(outOfTheMoney).isGreaterThan(250);
        assertThat(inTheMoney).isGreaterThan(150);
    }

    @Test
    void deepOutOfTheMoneyHoursToExpiryStillConverges() {
        double price = pricer.price(100, 110, 3 * HOUR, 0.9, 0, 0, true);
        assertThat(price).isPositive().isLessThan(1e-6);
        assertThat(solver.impliedVolatility(price, 100, 110, 3 * HOUR, 0, 0, true)).isCloseTo(0.9, within(1e-10));
    }

    @Test
    void pricesOutsideTheNoArbitrageBoundsAreRefused() {
        assertThatThrownBy(() -> solver.impliedVolatility(19.99, 120, 100, 1, 0, 0, true))
                .isInstanceOf(ImpliedVolatilityException.class).hasMessageContaining("intrinsic");
        assertThatThrownBy(() -> solver.impliedVolatility(120, 120, 100, 1, 0, 0, true))
                .isInstanceOf(ImpliedVolatilityException.class).hasMessageContaining("bound");
        assertThatThrownBy(() -> solver.impliedVolatility(5, 100, 100, 0, 0, 0, true))
                .isInstanceOf(ImpliedVolatilityException.class).hasMessageContaining("expired");
    }
}
