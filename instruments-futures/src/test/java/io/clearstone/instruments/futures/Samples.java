package io.clearstone.instruments.futures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.clearstone.instruments.spi.EverythingListed;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;

/** Terms the tests share, on a clock stopped at {@link #NOW}. */
final class Samples {

    /** When every sample future is created. */
    static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    /** The last Friday of the next quarter, 08:00 UTC: a quarterly future's expiry. */
    static final Instant QUARTERLY = Instant.parse("2027-03-26T08:00:00Z");

    private Samples() {
    }

    static DatedFuturePlugin plugin() {
        return plugin(NOW, Map.of());
    }

    static DatedFuturePlugin plugin(Instant now, Map<String, String> properties) {
        DatedFuturePlugin plugin = new DatedFuturePlugin(Clock.fixed(now, ZoneOffset.UTC));
        plugin.init(PluginProperties.of(properties));
        return plugin;
    }

    /** A linear BTC future of 0.001 BTC per contract, settled daily at 08:00, expiring at the end of next quarter. */
    static TermsDocument linearQuarterly() {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "style", "LINEAR",
                "contractSize", new BigDecimal("0.001"), "tickSize", new BigDecimal("0.5"),
                "expiry", QUARTERLY.toString()));
    }

    /** An inverse BTC future of 100 USD per contract settling every 10 seconds over 2 seconds, expiring in 35. */
    static TermsDocument inverseEveryTenSeconds() {
        return TermsDocument.of(Map.of("underlying", "BTC-USD", "style", "INVERSE",
                "contractSize", new BigDecimal("100"), "tickSize", new BigDecimal("0.5"),
                "expiry", NOW.plusSeconds(35).toString(), "settlementPeriod", "PT10S", "settlementWindow", "PT2S"));
    }

    /** A linear ETH future settled at 16:00 with its own ladder and a position cap. */
    static TermsDocument linearCapped() {
        Map<String, Object> fields = new HashMap<>(Map.of("underlying", "ETH-USD", "style", "LINEAR",
                "contractSize", new BigDecimal("0.01"), "tickSize", new BigDecimal("0.05"),
                "expiry", "2026-12-25T16:00:00Z", "dailySettlementTime", "16:00", "settlementWindow", "PT1H"));
        fields.putAll(Map.of("riskLimitBase", new BigDecimal("500000"), "riskLimitStep", new BigDecimal("250000"),
                "riskLimitSteps", new BigDecimal("4"), "initialMargin", new BigDecimal("0.02"),
                "maintenanceMargin", new BigDecimal("0.01"), "marginStep", new BigDecimal("0.01"),
                "maxLeverage", new BigDecimal("50"), "maxPosition", new BigDecimal("20000")));
        return TermsDocument.of(fields);
    }

    static TermsDocument with(TermsDocument document, String field, Object value) {
        Map<String, Object> fields = new HashMap<>(document.fields());
        fields.put(field, value);
        return TermsDocument.of(fields);
    }

    static TermsDocument without(TermsDocument document, String field) {
        Map<String, Object> fields = new HashMap<>(document.fields());
        fields.remove(field);
        return TermsDocument.of(fields);
    }

    static ResolvedInstrument resolve(TermsDocument document) {
        return resolve(plugin(), document);
    }

    static ResolvedInstrument resolve(DatedFuturePlugin plugin, TermsDocument document) {
        return plugin.resolve(plugin.decode(document, 1), new EverythingListed());
    }
}
