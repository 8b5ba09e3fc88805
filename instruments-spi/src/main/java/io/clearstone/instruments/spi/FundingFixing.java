package io.clearstone.instruments.spi;

import java.math.BigDecimal;

/**
 * The funding of one interval as the plugin fixes it.
 *
 * @param rate           paid per interval as a fraction of position notional; positive: longs pay shorts
 * @param markPrice      the price notional is computed at
 * @param averagePremium the premium index averaged over the interval's samples, as a fraction of the index
 * @param samples        how many venue quotes the premium was averaged over
 */
public record FundingFixing(BigDecimal rate, BigDecimal markPrice, double averagePremium, int samples) {
}
