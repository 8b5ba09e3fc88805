package io.clearstone.instruments.futures;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A dated future on an index.
 *
 * @param contractSize        coins per contract (linear) or USD per contract (inverse)
 * @param tickSize            the price increment trades must fall on
 * @param expiry              the final settlement, on a whole second
 * @param dailySettlementTime the UTC time of day the daily settlements fall at; with a settlement period of a day the
 *                            expiry must fall at it too
 * @param settlementPeriod    the time between two settlements (a day; seconds for test and short demo markets):
 *                            settlements fall at expiry − k × period, the last being the expiry itself
 * @param settlementWindow    the settlement price is the index TWAP over [settlement − window, settlement]
 * @param marginTiers         standard margin rates by USD notional
 * @param maxLeverage         the initial margin rate is never below 1 / maxLeverage
 * @param maxPosition         the largest position (absolute contracts) one account may hold; null for no cap beyond
 *                            the margin tiers
 */
public record FutureTerms(String underlying, ContractStyle style, BigDecimal contractSize, BigDecimal tickSize,
                          Instant expiry, LocalTime dailySettlementTime, Duration settlementPeriod,
                          Duration settlementWindow, MarginTierTerms marginTiers, BigDecimal maxLeverage,
                          BigDecimal maxPosition) implements InstrumentTerms {

    public static final LocalTime DEFAULT_SETTLEMENT_TIME = LocalTime.of(8, 0);
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(1);
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(30);

    /** The coin of the index, e.g. BTC of BTC-USD: what an inverse future settles in. */
    public String baseAsset() {
        return underlying.substring(0, underlying.indexOf('-'));
    }

    /**
     * The ladder: base rates up to {@code baseNotional} USD, each further {@code stepNotional} adds {@code rateStep}
     * to both rates, for {@code steps} steps.
     */
    public record MarginTierTerms(BigDecimal baseNotional, BigDecimal stepNotional, int steps, BigDecimal initialRate,
                                  BigDecimal maintenanceRate, BigDecimal rateStep) {

        MarginTiers ladder() {
            return MarginTiers.stepped(baseNotional.doubleValue(), stepNotional.doubleValue(), steps,
                    initialRate.doubleValue(), maintenanceRate.doubleValue(), rateStep.doubleValue());
        }
    }
}
