package io.clearstone.instruments.perps;

/** How the premium samples of a funding interval are averaged into P̄. */
public enum PremiumAverage {
    /**
     * Every venue quote reported during the interval is one sample and all weigh the same: the platform's original
     * method, and the default, so that swaps listed before the choice existed fund exactly as they did.
     */
    EVERY_QUOTE,
    /**
     * Binance's: the interval is cut into sample times a {@code premiumSampleInterval} apart; the k-th sample is the
     * median premium of the venues' latest quotes in its slot and weighs k, so later samples weigh more.
     */
    TIME_WEIGHTED
}
