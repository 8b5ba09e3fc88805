package io.clearstone.instruments.tranches;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.clearstone.instruments.spi.CreditPool;
import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentPluginContract;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PluginProperties;
import io.clearstone.instruments.spi.TermsDocument;

class TrancheNotePluginContractTest extends InstrumentPluginContract {

    /** A mixed pool: twelve loans of different sizes (so the Monte Carlo prices it) and 400 ETH at par 1,000,000. */
    static CreditPool mixedPool() {
        List<CreditPool.Asset> assets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            assets.add(CreditPool.Asset.loan(100_000 + 10_000 * i, 0.04 + 0.005 * (i % 3), 0.4));
        }
        assets.add(CreditPool.Asset.collateral(1_000_000, "ETH-USD", 400));
        // 1,000,000 of collateral + 1,860,000 of loans, tranched 75 / 20 / 5 %
        return new CreditPool("7", 0.3, 2, 50_000, assets, List.of(
                new CreditPool.Tranche("A", 2_145_000, 2_145_000),
                new CreditPool.Tranche("B", 572_000, 572_000),
                new CreditPool.Tranche("E", 143_000, 143_000)));
    }

    @Override
    protected InstrumentPlugin plugin() {
        TrancheNotePlugin plugin = new TrancheNotePlugin();
        plugin.init(PluginProperties.of(Map.of("monte-carlo-paths", "4000")));
        return plugin;
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(terms("A", "SENIOR", "0.25", "1"), terms("B", "MEZZANINE", "0.05", "0.25"),
                terms("E", "EQUITY", "0", "0.05"));
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(terms("A", "SENIOR", "0.5", "0.4"), terms("E", "EQUITY", "-0.1", "0.05"));
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(Instant.parse("2026-11-21T08:00:00Z")).index("ETH-USD", 2_400).build()
                .withCreditPool(mixedPool());
    }

    static TermsDocument terms(String tranche, String seniority, String attachment, String detachment) {
        return TermsDocument.of(Map.of("pool", "7", "tranche", tranche, "seniority", seniority,
                "attachment", new java.math.BigDecimal(attachment), "detachment",
                new java.math.BigDecimal(detachment), "coupon", new java.math.BigDecimal("0.06"),
                "underlying", "ETH-USD", "settlementAsset", "USDC"));
    }
}
