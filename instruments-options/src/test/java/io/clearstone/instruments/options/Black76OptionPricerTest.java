package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;

class Black76OptionPricerTest {

    private final Black76OptionPricer pricer = new Black76OptionPricer();

    @Test
    void blackScholesCallFromHaug() {
        // S=60, K=65, r=0.08, q=0, T=0.25, σ=0.30 → 2.1334
        assertThat(pricer.price(60, 65, 0.25, 0.30, 0.08, 0, true)).isCloseTo(2.1334, within(5e-5));
    }

    @Test
    void black76OnAForwardFromHaug() {
        // F=K=19, r=0.10, T=0.75, σ=0.28 → call = put = 1.7011; a forward is a spot with carry equal to the rate
        assertThat(pricer.price(19, 19, 0.75, 0.28, 0.10, 0.10, true)).isCloseTo(1.7011, within(5e-5));
        assertThat(pricer.price(19, 19, 0.75, 0.28, 0.10, 0.10, false)).isCloseTo(1.7011, within(5e-5));
    }

    @Test
    void greeksFromHaug() {
        // S=105, K=100, r=q=0.10, T=0.5, σ=0.36 → call delta 0.5946
        assertThat(pricer.sensitivities(105, 100, 0.5, 0.36, 0.10, 0.10, true).delta()).isCloseTo(0.5946, within(5e-5));
        // S=55, K=60, r=0.10, T=0.75, σ=0.30 → gamma 0.0278, vega 18.9358 per 1.00 of volatility
        OptionSensitivities greeks = pricer.sensitivities(55, 60, 0.75, 0.30, 0.10, 0, true);
        assertThat(greeks.gamma()).isCloseTo(0.0278, within(5e-5));
        assertThat(greeks.vega()).isCloseTo(18.9358, within(5e-5));
    }

    @Test
    void priceAndGreeksAgreeWithStrataOverAGrid() {
        int compared = 0;
        for (double moneyness : new double[] {0.5, 0.8, 0.95, 1.0, 1.05, 1.25, 2.0}) {
            for (double years : new double[] {0.02, 0.1, 0.5, 1.0, 2.0}) {
                for (double vol : new double[] {0.2, 0.6, 1.2}) {
                    for (boolean call : new boolean[] {true, false}) {
                        double spot = 100;
                        double rate = 0.03;
                        double strike = spot * moneyness;
                        double discount = Math.exp(-rate * years);
                        double forward = spot / discount;
                        OptionSensitivities ours = pricer.sensitivities(spot, strike, years, vol, rate, 0, call);
                        double price = discount * BlackFormulaRepository.price(forward, strike, years, vol, call);
                        // spot Greeks from Strata's forward Greeks: ∂F/∂S = 1/discount
                        double delta = BlackFormulaRepository.delta(forward, strike, years, vol, call);
                        double gamma = BlackFormulaRepository.gamma(forward, strike, years, vol) / discount;
                        double vega = discount * BlackFormulaRepository.vega(forward, strike, years, vol);
                        if (price < 1e-10 * spot) {
                            continue; // below the precision either implementation can vouch for
                        }
                        String at = "K=" + strike + " T=" + years + " σ=" + vol + " call=" + call;
                        assertThat(ours.price()).as(at).isCloseTo(price, within(1e-9 * price));
                        assertThat(ours.delta()).as(at).isCloseTo(delta, within(1e-9 * Math.abs(delta) + 1e-15));
                        assertThat(ours.gamma()).as(at).isCloseTo(gamma, within(1e-9 * gamma + 1e-15));
                        assertThat(ours.vega()).as(at).isCloseTo(vega, within(1e-9 * vega + 1e-15));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(180);
    }

    @Test
    void thetaAndRhoAreTheDerivativesOfThePrice() {
        for (boolean call : new boolean[] {true, false}) {
            OptionSensitivities s = pricer.sensitivities(100, 110, 0.5, 0.5, 0.04, 0, call);
            double h = 1e-5;
            double thetaByDifference = -(pricer.price(100, 110, 0.5 + h, 0.5, 0.04, 0, call)
                    - pricer.price(100, 110, 0.5 - h, 0.5, 0.04, 0, call)) / (2 * h);
            double rhoByDifference = (pricer.price(100, 110, 0.5, 0.5, 0.04 + h, 0, call)
                    - pricer.price(100, 110, 0.5, 0.5, 0.04 - h, 0, call)) / (2 * h);
            assertThat(s.theta()).isCloseTo(thetaByDifference, within(1e-6 * Math.abs(thetaByDifference)));
            assertThat(s.rho()).isCloseTo(rhoByDifference, within(1e-6 * Math.abs(rhoByDifference)));
        }
    }

    @Test
    void putCallParityHolds() {
        double call = pricer.price(100, 90, 1, 0.8, 0.05, 0, true);
        double put = pricer.price(100, 90, 1, 0.8, 0.05, 0, false);
        assertThat(call - put).isCloseTo(100 - 90 * Math.exp(-0.05), within(1e-10));
    }

    @Test
    void atExpiryAnOptionIsWorthItsIntrinsicValue() {
        assertThat(pricer.price(120, 100, 0, 0.5, 0.05, 0, true)).isEqualTo(20);
        assertThat(pricer.price(120, 100, 0, 0.5, 0.05, 0, false)).isZero();
    }
}
