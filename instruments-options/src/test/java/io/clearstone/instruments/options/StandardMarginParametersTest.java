package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;

class StandardMarginParametersTest {

    @Test
    void perUnderlyingParametersOverrideTheDefaults() {
        EuropeanOptionPlugin plugin = new EuropeanOptionPlugin();
        plugin.init(PluginProperties.of(Map.of("margin.per-underlying", "ETH-USD=0.30,0.20,0.09")));
        MarketSnapshot market = MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("BTC-USD", 65_000)
                .index("ETH-USD", 3_200).surface("BTC-USD", VolatilitySurface.flat(0.6))
                .surface("ETH-USD", VolatilitySurface.flat(0.6)).build();

        double eth = shortCallInitialInCoin(plugin, "ETH-USD", "10000", market);
        double btc = shortCallInitialInCoin(plugin, "BTC-USD", "200000", market);
        // both far out of the money: initial = floor + mark; ETH's floor is 0.20, BTC keeps Deribit's 0.10
        assertThat(eth).isCloseTo(0.20, within(0.005));
        assertThat(btc).isCloseTo(0.10, within(0.005));
    }

    @Test
    void malformedEntriesAreRefusedWithTheEntryNamed() {
        assertThatThrownBy(() -> StandardMarginParameters.parsePerUnderlying("ETH-USD=0.3,0.2"))
                .hasMessageContaining("ETH-USD=0.3,0.2");
        assertThatThrownBy(() -> StandardMarginParameters.parsePerUnderlying("ETH-USD=0.1,0.2,0.05"))
                .hasMessageContaining("c <= b <= a");
        assertThat(StandardMarginParameters.parsePerUnderlying("")).isEmpty();
    }

    private static double shortCallInitialInCoin(EuropeanOptionPlugin plugin, String underlying, String strike,
                                                 MarketSnapshot market) {
        ResolvedInstrument option = plugin.resolve(plugin.decode(TermsDocument.of(Map.of("underlying", underlying,
                "style", "INVERSE", "right", "CALL", "strike", new BigDecimal(strike),
                "expiry", "2026-12-25T08:00:00Z")), 1), new EverythingListed());
        StandardMargin margin = option.standardMargin(PositionView.of(-1), market);
        return margin.initial();
    }
}
