package io.clearstone.instruments.options;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A European option on an index.
 *
 * @param underlying   index symbol, e.g. {@code BTC-USD}
 * @param style        linear (stablecoin-settled) or inverse (coin-settled)
 * @param right        call or put
 * @param strike       in the index's quote currency
 * @param expiry       when it settles against the index's 30-minute time-weighted average
 * @param contractSize units of the underlying per contract
 */
public record OptionTerms(String underlying, SettlementStyle style, OptionRight right, BigDecimal strike,
                          Instant expiry, BigDecimal contractSize) implements InstrumentTerms {

    public boolean isCall() {
        return right == OptionRight.CALL;
    }

    /** {@code BTC} of {@code BTC-USD}. */
    public String baseAsset() {
        return underlying.substring(0, underlying.indexOf('-'));
    }
}
