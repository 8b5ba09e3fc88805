package io.clearstone.domain.funding;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An instrument's funding: when the next boundary falls, what it would pay if fixed now, and the intervals paid so
 * far, newest first.
 */
public record FundingView(long instrumentId, Duration interval, Instant nextFundingAt, Estimate next,
                          List<FundingEventView> history) {

    /**
     * The next interval's rate as fixed from the samples so far.
     *
     * @param markPrice the mark price now
     */
    public record Estimate(BigDecimal rate, BigDecimal markPrice, double averagePremium, int samples,
                           Instant estimatedAt) {
    }
}
