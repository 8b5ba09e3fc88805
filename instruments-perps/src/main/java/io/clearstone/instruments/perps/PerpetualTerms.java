package io.clearstone.instruments.perps;

import java.math.BigDecimal;
import java.time.Duration;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A perpetual swap on an index.
 *
 * @param contractSize    coins per contract (linear) or USD per contract (inverse)
 * @param tickSize        price increment
 * @param fundingInterval 1 or 8 hours
 * @param interestRate    per 8 hours, e.g. 0.0001 (0.01%)
 * @param premiumClamp    the ± clamp on (interest − premium), per 8 hours, e.g. 0.0005
 * @param fundingCap      the largest |rate| paid in one interval
 * @param markBand        the basis the mark may take from venues, as a fraction of the index
 * @param riskLimits      margin rates by position notional
 * @param maxLeverage     the initial margin rate is never below 1 / maxLeverage
 * @param maxPosition     the largest position (absolute contracts) one account may hold; null for no cap beyond the
 *                        risk limits
 */
public record PerpetualTerms(String underlying, ContractStyle style, BigDecimal contractSize, BigDecimal tickSize,
                             Duration fundingInterval, BigDecimal interestRate, BigDecimal premiumClamp,
                             BigDecimal fundingCap, BigDecimal markBand, RiskLimitTerms riskLimits,
                             BigDecimal maxLeverage, BigDecimal maxPosition)
        implements InstrumentTerms {

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
