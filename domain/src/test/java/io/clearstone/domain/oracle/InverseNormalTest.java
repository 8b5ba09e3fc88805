package io.clearstone.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class InverseNormalTest {

    @Test
    void knownQuantiles() {
        assertThat(InverseNormal.quantile(0.5)).isCloseTo(0, within(1e-12));
        assertThat(InverseNormal.quantile(0.975)).isCloseTo(1.959963984540054, within(3e-9));
        assertThat(InverseNormal.quantile(0.025)).isCloseTo(-1.959963984540054, within(3e-9));
        assertThat(InverseNormal.quantile(0.8413447460685429)).isCloseTo(1.0, within(3e-9));
        assertThat(InverseNormal.quantile(0.001)).isCloseTo(-3.090232306167813, within(5e-9));
    }
}
