package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pool, its accounts, holdings, tranches and reconciliation. */
public record PoolView(long id, String name, long sponsorAccountId, String servicer,
                       SecuritizationPool.Accounts accounts,
                       String settlementAsset, String underlying, BigDecimal correlation, PrincipalMode principalMode,
                       int periodsPerYear, BigDecimal reserveTarget, int period, Instant createdAt,
                       List<AssetLine> assets, List<TrancheLine> tranches, PoolReconciliation reconciliation) {

    /** A holding. */
    public record AssetLine(String name, PoolAsset.Kind kind, BigDecimal originalPar, BigDecimal par,
                            BigDecimal coupon, LocalDate maturity, BigDecimal defaultProbability,
                            BigDecimal recoveryRate, String collateralAsset, BigDecimal collateralUnits,
                            BigDecimal defaultedPar, BigDecimal recovered) {
    }

    /** A tranche and its notes' instrument. */
    public record TrancheLine(String name, int rank, String seniority, BigDecimal attachment, BigDecimal detachment,
                              BigDecimal coupon, BigDecimal originalBalance, BigDecimal balance,
                              BigDecimal writtenDown, BigDecimal interestShortfall, long instrumentId) {
    }
}
