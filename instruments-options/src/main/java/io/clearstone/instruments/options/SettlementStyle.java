package io.clearstone.instruments.options;

/**
 * How an option is quoted and settled. Linear: in the quote currency's stablecoin (USDC for BTC-USD), payoff
 * max(S − K, 0) per unit. Inverse (Deribit style): in the underlying coin, payoff max(S − K, 0)/S coin per unit,
 * priced in coin as the linear price divided by the index.
 */
public enum SettlementStyle {
    LINEAR, INVERSE
}
