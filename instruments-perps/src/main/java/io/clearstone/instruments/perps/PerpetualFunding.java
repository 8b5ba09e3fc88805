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
 * Funding of a perpetual swap. Each venue quote of the interval is one premium sample: from its impact prices,
 * [max(0, bid − index) − max(0, index − ask)] / index, or, when it reported only a mark, (mark − index) / index. P is
 * their mean (zero without samples), the 8-hour rate is P + clamp(I − P, ±premium clamp), scaled to the interval and
 * capped at ±funding cap, and rounded half-even to 8 decimals (0.000001%). Notional is taken at the mark price,
 * rounded to the tick: a linear long of q contracts pays q × size × mark × rate (stablecoin), an inverse long pays
 * q × value / mark × rate (coin); shorts receive the same.
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
        double averagePremium = samples.stream().mapToDouble(PerpetualFunding::premium).average().orElse(0);
        double eightHourRate = PerpetualMath.fundingRate(averagePremium, terms.interestRate().doubleValue(),
                terms.premiumClamp().doubleValue());
        double hours = terms.fundingInterval().toMillis() / 3_600_000.0;
        double rate = PerpetualMath.intervalRate(eightHourRate, hours, terms.fundingCap().doubleValue());
        BigDecimal mark = markPrice.atTick(market)
                .orElseThrow(() -> new IllegalStateException("no index price for " + terms.underlying()));
        return new FundingFixing(BigDecimal.valueOf(rate).setScale(RATE_DECIMALS, RoundingMode.HALF_EVEN), mark,
                averagePremium, samples.size());
    }

    @Override
    public BigDecimal payment(BigDecimal quantity, FundingFixing fixing) {
        BigDecimal perContract = terms.style() == ContractStyle.LINEAR
                ? terms.contractSize().multiply(fixing.markPrice()).multiply(fixing.rate())
                : terms.contractSize().multiply(fixing.rate()).divide(fixing.markPrice(), MathContext.DECIMAL128);
        return quantity.multiply(perContract).negate();
    }

    static double premium(VenueQuote quote) {
        double index = quote.indexAtObservation();
        if (quote.impactBid().isPresent()) {
            return PerpetualMath.premium(quote.impactBid().getAsDouble(), quote.impactAsk().getAsDouble(), index);
        }
        return (quote.venueMark().getAsDouble() - index) / index;
    }
}
