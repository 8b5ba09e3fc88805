package io.clearstone.instruments.perps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.TermsDocument;
import io.clearstone.instruments.spi.TermsException;
import io.clearstone.instruments.spi.Violation;

/** The hostile terms of issue 13 and their neighbours are refused, naming the term, instead of creating a swap. */
class PerpetualTermRangesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"premiumClamp, -1", "markBand, 1e309", "markBand, 0.6", "interestRate, -1", "interestRate, 1e309",
            "initialMargin, 1e309", "initialMargin, 1.5", "maintenanceMargin, 1e309", "contractSize, 1e309",
            "tickSize, 1e309", "fundingCap, 1e309", "maxLeverage, 1e309", "maxPosition, 1e309",
            "riskLimitBase, 1e309", "riskLimitStep, 1e309", "riskLimitSteps, 1e309", "riskLimitSteps, 2.5",
            "riskLimitSteps, -1", "marginStep, 1e309", "marginStep, 0.2", "interestQuoteRate, 1e309",
            "interestQuoteRate, 0.11", "interestBaseRate, -1e309", "interestBaseRate, -0.02"})
    void isRefusedNamingTheTerm(String term, String value) {
        assertThat(violations(term, new BigDecimal(value))).extracting(Violation::field).contains(term);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"premiumClamp, 0", "interestRate, -0.0001", "markBand, 0.5", "initialMargin, 0.955",
            "maintenanceMargin, 0.01", "riskLimitSteps, 0", "maxLeverage, 1", "interestQuoteRate, 0.03",
            "interestBaseRate, -0.01"})
    void isAcceptedAtTheEdgeOfItsRange(String term, String value) {
        assertThat(violations(term, new BigDecimal(value))).isEmpty();
    }

    private static List<Violation> violations(String term, BigDecimal value) {
        PerpetualSwapPlugin plugin = new PerpetualSwapPlugin();
        plugin.init(PluginProperties.none());
        Map<String, Object> fields = new HashMap<>(Map.of("underlying", "BTC-USD", "style", "LINEAR",
                "contractSize", new BigDecimal("0.001"), "tickSize", new BigDecimal("0.5"), "fundingInterval", "PT8H"));
        fields.put(term, value);
        try {
            return plugin.validate(plugin.decode(TermsDocument.of(fields), 1));
        } catch (TermsException refused) {
            return refused.violations();
        }
    }
}
