package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.time.Duration;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A perpetual swap on an index.
 *
 * @param contractSize          coins per contract (linear) or USD per contract (inverse)
 * @param tickSize              price increment
 * @param fundingInterval       1 or 8 hours
 * @param interestRate          the interest component per 8 hours, set directly, e.g. 0.0001 (0.01%); null when the
 *                              daily quote and base rates give it
 * @param premiumClamp          the ± clamp on (interest − premium), per 8 hours, e.g. 0.0005
 * @param fundingCap            the largest |rate| paid in one interval
 * @param markBand              the basis the mark may take from venues, as a fraction of the index
 * @param riskLimits            margin rates by position notional
 * @param maxLeverage           the initial margin rate is never below 1 / maxLeverage
 * @param maxPosition           the largest position (absolute contracts) one account may hold; null for no cap beyond
 *                              the risk limits
 * @param interestQuoteRate     the quote currency's daily interest rate (USDT 0.0006 at BitMEX and Binance); null
 *                              when {@code interestRate} is set
 * @param interestBaseRate      the base currency's daily interest rate (BTC 0.0003); null when {@code interestRate}
 *                              is set
 * @param premiumAverage        how the interval's premium samples are averaged
 * @param premiumSampleInterval the time between two premium samples when they are time-weighted (Binance: 5 s)
 * @param maintenanceOn         the notional the maintenance margin is counted on (linear swaps; inverse: ENTRY)
 */
public record PerpetualTerms(String underlying, ContractStyle style, BigDecimal contractSize, BigDecimal tickSize,
                             Duration fundingInterval, BigDecimal interestRate, BigDecimal premiumClamp,
                             BigDecimal fundingCap, BigDecimal markBand, RiskLimitTerms riskLimits,
                             BigDecimal maxLeverage, BigDecimal maxPosition, BigDecimal interestQuoteRate,
                             BigDecimal interestBaseRate, PremiumAverage premiumAverage,
                             Duration premiumSampleInterval, MaintenanceBasis maintenanceOn)
        implements InstrumentTerms {

    /** Quote and base daily rates BitMEX and Binance publish for USDT (or USD) and BTC: 0.01% per 8 hours net. */
    public static final BigDecimal DEFAULT_QUOTE_RATE = new BigDecimal("0.0006");
    public static final BigDecimal DEFAULT_BASE_RATE = new BigDecimal("0.0003");
    public static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofMinutes(1);

    /** The terms of a swap as they were before the interest, averaging and maintenance choices existed. */
    public PerpetualTerms(String underlying, ContractStyle style, BigDecimal contractSize, BigDecimal tickSize,
                          Duration fundingInterval, BigDecimal interestRate, BigDecimal premiumClamp,
                          BigDecimal fundingCap, BigDecimal markBand, RiskLimitTerms riskLimits,
                          BigDecimal maxLeverage, BigDecimal maxPosition) {
        this(underlying, style, contractSize, tickSize, fundingInterval, interestRate, premiumClamp, fundingCap,
                markBand, riskLimits, maxLeverage, maxPosition, null, null, PremiumAverage.EVERY_QUOTE,
                DEFAULT_SAMPLE_INTERVAL, defaultMaintenanceBasis(style));
    }

    static MaintenanceBasis defaultMaintenanceBasis(ContractStyle style) {
        return style == ContractStyle.INVERSE ? MaintenanceBasis.ENTRY : MaintenanceBasis.MARK;
    }

    /** Whether the interest component comes from the daily quote and base rates rather than a fixed 8-hour rate. */
    public boolean interestFromDailyRates() {
        return interestRate == null;
    }

    /**
     * The interest component per 8 hours: the fixed rate, or (quote − base) / 3, which is I = (quote − base) /
     * intervals per day for 8-hour funding; an interval of h hours is paid h/8 of it, (quote − base) × h / 24.
     */
    public double interestPerEightHours() {
        return interestFromDailyRates()
                ? PerpetualMath.interestRate(interestQuoteRate.doubleValue(), interestBaseRate.doubleValue(), 3)
                : interestRate.doubleValue();
    }

    public String baseAsset() {
        return underlying.substring(0, underlying.indexOf('-'));
    }

    /**
     * A BitMEX-style ladder: base rates up to {@code baseNotional} USD, each further {@code stepNotional} adds
     * {@code rateStep} to both rates, for {@code steps} steps.
     */
    public record RiskLimitTerms(BigDecimal baseNotional, BigDecimal stepNotional, int steps, BigDecimal initialRate,
                                 BigDecimal maintenanceRate, BigDecimal rateStep) {

        RiskLimits ladder() {
            return RiskLimits.stepped(baseNotional.doubleValue(), stepNotional.doubleValue(), steps,
                    initialRate.doubleValue(), maintenanceRate.doubleValue(), rateStep.doubleValue());
        }
    }
}
