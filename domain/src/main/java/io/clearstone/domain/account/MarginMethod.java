package io.clearstone.domain.account;

/**
 * How an account's margin requirement is computed. STANDARD: the sum of each position's own margin from its plugin.
 * PORTFOLIO: the worst loss over price and volatility scenarios per underlying, so that hedges offset. SEGREGATED:
 * not margined at all, for the bankruptcy-remote accounts of a securitization pool, which are never liquidated,
 * deleveraged or charged for anyone's loss, and move only through the pool's own processes.
 */
public enum MarginMethod {
    STANDARD, PORTFOLIO, SEGREGATED
}
