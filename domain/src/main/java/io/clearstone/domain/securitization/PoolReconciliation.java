package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a pool's books agree: its performing par equals what its tranches are still owed (so assets = Σ tranche
 * balances + reserve, the reserve being cash on both sides; within an open period, par repaid or defaulted in it is
 * still owed until the waterfall runs), its collection account holds exactly what was collected in the open period,
 * and its collateral account exactly the tokens pledged.
 *
 * @param assets          performing par + reserve (+ the open period's repaid and defaulted par, until it closes)
 * @param claims          Σ tranche balances + reserve
 * @param discrepancies   each disagreement, in words; empty when balanced
 */
public record PoolReconciliation(BigDecimal performingPar, BigDecimal trancheBalances, BigDecimal reserve,
                                 BigDecimal collectedThisPeriod, BigDecimal collectionAccount, BigDecimal assets,
                                 BigDecimal claims, List<String> discrepancies, boolean balanced) {
}
