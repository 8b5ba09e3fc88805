package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Securitizes a sponsor's assets: loans it assigns, tokens it moves from its account, and a cash reserve, tranched
 * by attachment and detachment points that must cover [0, 1] without gap or overlap.
 *
 * @param servicer       the oracle principal whose reports the pool accepts
 * @param underlying     the index of the pool's main collateral (its notes' price-risk factor)
 * @param correlation    the copula correlation of the loans' defaults
 * @param principalMode  SEQUENTIAL unless stated
 * @param periodsPerYear how many waterfall periods a year has (12: monthly); a coupon pays rate / periodsPerYear
 * @param reserve        cash, in the settlement asset, moved from the sponsor into the reserve; also its target
 */
public record CreatePoolRequest(
        @NotBlank @Size(max = 59) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]*",
                message = "letters, digits, '.', '_' and '-'") String name,
        @NotNull Long sponsorAccountId,
        @NotBlank @Size(max = 100) String servicer,
        @NotBlank @Size(max = 16) String settlementAsset,
        @NotBlank @Size(max = 32) String underlying,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false) @Digits(integer = 1, fraction = 6)
        BigDecimal correlation,
        PrincipalMode principalMode,
        @NotNull @Min(1) @Max(365) Integer periodsPerYear,
        @NotNull @DecimalMin("0") BigDecimal reserve,
        @Size(max = 10_000) List<@NotNull @Valid Loan> loans,
        @Size(max = 100) List<@NotNull @Valid Collateral> collateral,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid TrancheSpec> tranches) {

    /** A receivable the sponsor assigns to the pool. */
    public record Loan(@NotBlank @Size(max = 100) String name,
                       @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal par,
                       @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal coupon,
                       @NotNull LocalDate maturity,
                       @NotNull @DecimalMin("0") @DecimalMax(value = "1", inclusive = false)
                       @Digits(integer = 1, fraction = 6) BigDecimal defaultProbability,
                       @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
                       BigDecimal recoveryRate) {
    }

    /** Tokens moved from the sponsor's account into the pool's collateral account. */
    public record Collateral(@NotBlank @Size(max = 16) String asset,
                             @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal units) {
    }

    /** A tranche: [attachment, detachment) of the pool's par, paying an annual coupon. */
    public record TrancheSpec(@NotBlank @Size(max = 40) String name,
                              @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
                              BigDecimal attachment,
                              @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
                              BigDecimal detachment,
                              @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
                              BigDecimal coupon) {
    }
}
