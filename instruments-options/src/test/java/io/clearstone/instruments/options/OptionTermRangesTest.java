package io.clearstone.instruments.options;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.Violation;

/** Strikes and sizes beyond any real index or a double are refused, naming the term. */
class OptionTermRangesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"strike, 1e309", "strike, 1e10", "contractSize, 1e309", "contractSize, 1e7"})
    void aEuropeanOptionRefuses(String term, String value) {
        EuropeanOptionPlugin plugin = new EuropeanOptionPlugin();
        plugin.init(PluginProperties.none());
        Map<String, Object> fields = new HashMap<>(Map.of("underlying", "BTC-USD", "style", "LINEAR", "right", "CALL",
                "strike", new BigDecimal("70000"), "expiry", "2027-03-26T08:00:00Z", "contractSize", BigDecimal.ONE));
        assertRefused(plugin, fields, term, value);
    }

    private static void assertRefused(InstrumentPlugin plugin, Map<String, Object> fields, String term, String value) {
        fields.put(term, new BigDecimal(value));
        assertThat(plugin.validate(plugin.decode(TermsDocument.of(fields), 1))).extracting(Violation::field)
                .contains(term);
    }
}
