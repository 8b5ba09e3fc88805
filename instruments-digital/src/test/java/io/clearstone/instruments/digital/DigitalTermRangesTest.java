package io.clearstone.instruments.digital;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.Violation;

/** Strikes and payouts beyond any real index or a double are refused, naming the term. */
class DigitalTermRangesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"strike, 1e309", "payout, 1e309", "payout, 1e10"})
    void aDigitalOptionRefuses(String term, String value) {
        DigitalOptionPlugin plugin = new DigitalOptionPlugin();
        plugin.init(PluginProperties.none());
        Map<String, Object> fields = new HashMap<>(Map.of("underlying", "BTC-USD", "right", "CALL",
                "strike", new BigDecimal("70000"), "expiry", "2027-03-26T08:00:00Z", "payout", BigDecimal.TEN));
        fields.put(term, new BigDecimal(value));
        assertThat(plugin.validate(plugin.decode(TermsDocument.of(fields), 1))).extracting(Violation::field)
                .contains(term);
    }
}
