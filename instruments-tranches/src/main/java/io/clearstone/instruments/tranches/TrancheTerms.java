package io.clearstone.instruments.tranches;

import java.math.BigDecimal;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A note of one tranche of a securitization pool. One note is one unit of the tranche's original balance, in the
 * settlement asset; its price is what the tranche is expected to repay of that unit.
 *
 * @param pool            the pool's id, as the platform names it
 * @param tranche         the tranche's name within the pool
 * @param attachment      the share of the pool's original par below the tranche (losses reach it beyond this)
 * @param detachment      the share of original par at the tranche's top
 * @param coupon          annual interest rate on the outstanding balance, paid by the waterfall
 * @param underlying      the index of the pool's main collateral: the price move its risk array is shocked by
 * @param settlementAsset what notes trade, pay interest and repay principal in
 */
public record TrancheTerms(String pool, String tranche, Seniority seniority, BigDecimal attachment,
                           BigDecimal detachment, BigDecimal coupon, String underlying, String settlementAsset)
        implements InstrumentTerms {
}
