package io.clearstone.domain.demo;

/**
 * Geometric Brownian motion of one symbol.
 *
 * @param initialPrice price at the start of a fresh demo
 * @param drift        annual drift μ
 * @param volatility   annual volatility σ
 */
public record GbmParameters(double initialPrice, double drift, double volatility) {
}
