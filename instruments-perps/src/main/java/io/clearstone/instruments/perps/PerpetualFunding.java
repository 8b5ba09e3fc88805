package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;

import io.clearstone.instruments.spi.Funding;
import io.clearstone.instruments.spi.FundingFixing;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.VenueQuote;

/**
 * Funding of a perpetual swap, as BitMEX and Binance publish it, per 8 hours: F = P̄ + clamp(I − P̄, ±premium clamp),
 * where I is the interest component (fixed, or (quote − base daily rate) / 3) and P̄ the interval's average premium
 * ({@link PremiumSamples}: every quote equally, or Binance's time weights 1..n; zero without samples). The 8-hour rate
 * is scaled to the interval (h/8 of it; for the interest alone that is (quote − base) / intervals per day, exactly
 * the venues' I), capped at ±funding cap, and rounded half-even to 8 decimals (0.000001%). For 8-hour funding this is
 * the venues' formula as published; for hourly funding, clamping on the 8-hour basis and then scaling is dYdX's
 * convention (its 8-hour rate paid / 8 each hour). Notional is taken at the mark price, rounded to the tick: a linear
 * long of q contracts pays q × size × mark × rate (stablecoin), an inverse long pays q × value / mark × rate (coin);
 * shorts receive the same.
 */
final class PerpetualFunding implements Funding {

    static final int RATE_DECIMALS = 8;

    private final PerpetualTerms terms;
    private final MarkPrice markPrice;

    PerpetualFunding(PerpetualTerms terms, MarkPrice markPrice) {
        this.terms = terms;
        this.markPrice = markPrice;
    }

    @Override
    public Duration interval() {
        return terms.fundingInterval();
    }

    @Override
    public FundingFixing fix(List<VenueQuote> samples, MarketSnapshot market) {
        PremiumSamples.Average average = terms.premiumAverage() == PremiumAverage.TIME_WEIGHTED
                ? PremiumSamples.timeWeighted(samples, market.valuationTime(), terms.fundingInterval(),
                terms.premiumSampleInterval())
                : PremiumSamples.everyQuote(samples);
        double eightHourRate = PerpetualMath.fundingRate(average.premium(), terms.interestPerEightHours(),
                terms.premiumClamp().doubleValue());
        double hours = terms.fundingInterval().toMillis() / 3_600_000.0;
        double rate = PerpetualMath.intervalRate(eightHourRate, hours, terms.fundingCap().doubleValue());
        BigDecimal mark = markPrice.atTick(market)
                .orElseThrow(() -> new IllegalStateException("no index price for " + terms.underlying()));
        return new FundingFixing(BigDecimal.valueOf(rate).setScale(RATE_DECIMALS, RoundingMode.HALF_EVEN), mark,
                average.premium(), average.samples());
    }

    @Override
    public BigDecimal payment(BigDecimal quantity, FundingFixing fixing) {
        BigDecimal perContract = terms.style() == ContractStyle.LINEAR
                ? terms.contractSize().multiply(fixing.markPrice()).multiply(fixing.rate())
                : terms.contractSize().multiply(fixing.rate()).divide(fixing.markPrice(), MathContext.DECIMAL128);
        return quantity.multiply(perContract).negate();
    }
}
