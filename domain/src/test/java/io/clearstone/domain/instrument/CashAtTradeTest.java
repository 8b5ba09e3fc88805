package io.clearstone.domain.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.TermsDocument;

/** Options are bought outright (a premium changes hands); a swap trade only sets an entry price. */
class CashAtTradeTest {

    private final PluginRegistry registry = PluginRegistry.discover(key -> Optional.empty());

    @Test
    void anOptionTradePaysThePremium() {
        var option = resolve("option.european", Map.of("underlying", "BTC-USD", "style", "INVERSE", "right", "CALL",
                "strike", new BigDecimal("70000"), "expiry", "2027-01-01T00:00:00Z"));
        assertThat(option.cashAtTrade(new BigDecimal("2"), new BigDecimal("0.015"))).isEqualByComparingTo("0.03");
    }

    @Test
    void aSwapTradeMovesNoCash() {
        var swap = resolve("swap.perpetual", Map.of("underlying", "BTC-USD", "style", "LINEAR",
                "contractSize", new BigDecimal("0.001"), "tickSize", new BigDecimal("0.5"),
                "fundingInterval", "PT8H"));
        assertThat(swap.cashAtTrade(new BigDecimal("2"), new BigDecimal("65000"))).isZero();
    }

    private io.clearstone.instruments.spi.ResolvedInstrument resolve(String type, Map<String, Object> terms) {
        InstrumentPlugin plugin = registry.plugin(type).orElseThrow();
        return plugin.resolve(plugin.decode(TermsDocument.of(terms), 1), new EverythingListed());
    }
}
