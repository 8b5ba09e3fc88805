package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.util.List;

/**
 * The insurance fund: what it holds, what has come in and gone out, and how it compares with open interest.
 *
 * @param valueUsd      Σ balance × index
 * @param openInterestUsd the long side's delta notional across all instruments, in USD
 * @param coverageRatio fund value / open interest; null with no open interest
 */
public record InsuranceFundView(long accountId, List<Holding> holdings, double valueUsd, double openInterestUsd,
                                Double coverageRatio, List<Flow> flows) {

    /** A balance of one asset. */
    public record Holding(String asset, BigDecimal balance, Double valueUsd) {
    }

    /** The total moved into (positive) or out of (negative) the fund, per journal type and asset. */
    public record Flow(String type, String asset, BigDecimal amount) {
    }
}
