package io.clearstone.domain.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.asset.AssetKind;
import io.clearstone.domain.asset.AssetTerms;

/** What the demo market holds: its assets, their simulated prices, feed sources and demo holdings. */
final class DemoCatalogue {

    static final List<String> SOURCES = List.of("demo-venue-a", "demo-venue-b", "demo-venue-c");

    /** The demo oracle identity, which may also report for the demo venues through the API. */
    static final String REPORTER = "oracle";

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

    /** The insurance fund's opening capital. */
    static final Map<String, BigDecimal> INSURANCE_FUND = Map.of(
            "BTC", new BigDecimal("10"), "USDC", new BigDecimal("1000000"));

    private DemoCatalogue() {
    }
}
