package io.clearstone.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.options.EuropeanOptionPlugin;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.StandardMargin;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.VolatilitySurface;

class PluginRegistryTest {

    @Test
    void discoversTheInstalledPluginsWithServiceLoader() {
        PluginRegistry registry = PluginRegistry.discover(key -> Optional.empty());
        assertThat(registry.plugin("option.european")).isPresent();
        assertThat(registry.infos()).extracting(i -> i.typeId()).contains("option.european");
    }

    @Test
    void twoPluginsWithOneTypeIdFailWithBothNamed() {
        List<InstrumentPlugin> twins = List.of(new EuropeanOptionPlugin(), new EuropeanOptionPlugin());
        assertThatThrownBy(() -> new PluginRegistry(twins, key -> Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("option.european").hasMessageContaining(EuropeanOptionPlugin.class.getName());
    }

    @Test
    void configuredPropertiesReachThePlugin() {
        Map<String, String> config = Map.of("clearstone.plugins.option.european.margin.initial-floor", "0.12",
                "clearstone.plugins.option.european.margin.initial-base", "0.12");
        PluginRegistry registry = new PluginRegistry(List.of(new EuropeanOptionPlugin()),
                key -> Optional.ofNullable(config.get(key)));
        InstrumentPlugin plugin = registry.plugin("option.european").orElseThrow();
        var resolved = plugin.resolve(plugin.decode(TermsDocument.of(Map.of("underlying", "BTC-USD", "style",
                "INVERSE", "right", "CALL", "strike", new BigDecimal("200000"), "expiry", "2027-01-01T08:00:00Z")),
                1), new EverythingListed());
        MarketSnapshot market = MarketSnapshot.at(Instant.parse("2026-11-21T00:00:00Z")).index("BTC-USD", 50_000)
                .surface("BTC-USD", VolatilitySurface.flat(0.5)).build();
        StandardMargin margin = resolved.standardMargin(PositionView.of(-1), market);
        double mark = resolved.value(PositionView.of(1), market).value(io.clearstone.instruments.spi.Measure.PRESENT_VALUE)
                .orElseThrow();
        // far out of the money: initial = floor + mark = 0.12 + mark (the default floor would give 0.10)
        assertThat(margin.initial()).isCloseTo(0.12 + mark, org.assertj.core.data.Offset.offset(1e-12));
    }
}
