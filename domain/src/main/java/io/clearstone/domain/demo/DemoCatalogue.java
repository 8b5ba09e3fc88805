package io.clearstone.domain.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.asset.AssetKind;
import io.clearstone.domain.asset.AssetTerms;

/** What the demo market holds: its assets, their simulated prices, feed sources and demo holdings. */
final class DemoCatalogue {

    static final List<String> SOURCES = List.of("demo-venue-a", "demo-venue-b", "demo-venue-c");

    /**
     * Each demo venue's own identity (role oracle, password demo): a quorum is of distinct reporters, so one
     * credential for all three venues would be one vote, and a stolen one would move nothing alone.
     */
    static final Map<String, String> VENUE_REPORTERS = Map.of(
            "demo-venue-a", "venue-a", "demo-venue-b", "venue-b", "demo-venue-c", "venue-c");

    /** The demo oracle identity: the demo pool's servicer and the reporter of the demo's volatility surfaces. */
    static final String REPORTER = "oracle";

    /** The demo's volatility-surface source of each priced symbol, reported by {@link #REPORTER}. */
    static final String SURFACE_SOURCE_PREFIX = "demo-surfaces-";

    static final List<AssetTerms> ASSETS = List.of(
            new AssetTerms("BTC", 8, AssetKind.COIN, true, new BigDecimal("0.90"), "BTC-USD"),
            new AssetTerms("ETH", 18, AssetKind.COIN, true, new BigDecimal("0.85"), "ETH-USD"),
            new AssetTerms("USDC", 6, AssetKind.STABLECOIN, true, new BigDecimal("0.98"), "USDC-USD"));

    static final Map<String, GbmParameters> PRICES = Map.of(
            "BTC-USD", new GbmParameters(65_000, 0.0, 0.60),
            "ETH-USD", new GbmParameters(3_200, 0.0, 0.75),
            "USDC-USD", new GbmParameters(1.0, 0.0, 0.01));

    /** Demo traders and the collateral each deposits, per asset. */
    static final Map<String, Map<String, BigDecimal>> HOLDINGS = Map.of(
            "alice", Map.of("BTC", new BigDecimal("2.5"), "ETH", new BigDecimal("40"), "USDC", new BigDecimal("150000")),
            "bob", Map.of("BTC", new BigDecimal("1.2"), "USDC", new BigDecimal("400000")));

    /**
     * The backstop liquidity provider that takes liquidated positions (its owner is the configured
     * {@code clearstone.liquidation.backstop-owner}); opened after the traders so their account ids stay put.
     */
    static final String BACKSTOP = "backstop";
    static final Map<String, BigDecimal> BACKSTOP_HOLDINGS = Map.of(
            "BTC", new BigDecimal("500"), "ETH", new BigDecimal("5000"), "USDC", new BigDecimal("50000000"));

    /** The demo's perpetual swap: BTC, linear, funding every hour, quoted by the demo venues. */
    static final String SWAP_UNDERLYING = "BTC-USD";
    static final String SWAP_TERMS = "{\"underlying\":\"BTC-USD\",\"style\":\"LINEAR\",\"contractSize\":0.001,"
            + "\"tickSize\":0.5,\"fundingInterval\":\"PT1H\"}";

    /** The sponsor of the demo securitization pool, opened after the backstop, and what it deposits first. */
    static final String SPONSOR = "carol";
    static final Map<String, BigDecimal> SPONSOR_HOLDINGS = Map.of(
            "ETH", new BigDecimal("100"), "USDC", new BigDecimal("200000"));

    /**
     * The demo pool: 40 equal three-year loans of 25,000 (3% a year to default, 40% recovered) and 50 ETH, with a
     * 20,000 USDC reserve, tranched senior 25–100%, mezzanine 8–25%, equity 0–8%; monthly waterfalls.
     */
    static io.clearstone.domain.securitization.CreatePoolRequest pool(long sponsorAccountId,
                                                                      java.time.LocalDate today) {
        java.util.List<io.clearstone.domain.securitization.CreatePoolRequest.Loan> loans = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            loans.add(new io.clearstone.domain.securitization.CreatePoolRequest.Loan(String.format("LOAN-%02d", i),
                    new BigDecimal("25000"), new BigDecimal("0.09"), today.plusYears(3), new BigDecimal("0.03"),
                    new BigDecimal("0.4")));
        }
        return new io.clearstone.domain.securitization.CreatePoolRequest("DEMO-1", sponsorAccountId,
                REPORTER, "USDC",
                "ETH-USD", new BigDecimal("0.3"), io.clearstone.domain.securitization.PrincipalMode.SEQUENTIAL, 12,
                new BigDecimal("20000"), loans, java.util.List.of(
                new io.clearstone.domain.securitization.CreatePoolRequest.Collateral("ETH", new BigDecimal("50"))),
                java.util.List.of(
                        new io.clearstone.domain.securitization.CreatePoolRequest.TrancheSpec("SENIOR",
                                new BigDecimal("0.25"), BigDecimal.ONE, new BigDecimal("0.05")),
                        new io.clearstone.domain.securitization.CreatePoolRequest.TrancheSpec("MEZZANINE",
                                new BigDecimal("0.08"), new BigDecimal("0.25"), new BigDecimal("0.08")),
                        new io.clearstone.domain.securitization.CreatePoolRequest.TrancheSpec("EQUITY",
                                BigDecimal.ZERO, new BigDecimal("0.08"), BigDecimal.ZERO)));
    }

    /** The insurance fund's opening capital. */
    static final Map<String, BigDecimal> INSURANCE_FUND = Map.of(
            "BTC", new BigDecimal("10"), "USDC", new BigDecimal("1000000"));

    private DemoCatalogue() {
    }
}
