package io.clearstone.domain.account;

/**
 * How an account's margin requirement is computed. STANDARD: the sum of each position's own margin from its plugin.
 * PORTFOLIO: the worst loss over price and volatility scenarios per underlying, so that hedges offset.
 */
public enum MarginMethod {
    STANDARD, PORTFOLIO
}
