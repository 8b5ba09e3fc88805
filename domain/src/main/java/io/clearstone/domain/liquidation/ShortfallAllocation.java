package io.clearstone.domain.liquidation;

import io.clearstone.domain.instrument.ShortfallPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.clearstone.domain.shared.ProRata;

/**
 * Who bears a bankrupt account's debts, exactly, with each instrument's own {@link ShortfallPolicy}:
 * <ol>
 *   <li>the insurance fund pays each debt from its balance of that asset (it never converts one asset into
 *       another);</li>
 *   <li>what it cannot pay, the shortfall, is split over the instruments settled in that asset that have someone to
 *       bear it, in proportion to the loss the bankrupt position realised in each (in USD; equally when none
 *       lost); when no instrument of that asset has a bearer, over the instruments of every asset that have one;</li>
 *   <li>each instrument's part is borne under that instrument's policy: by its deleveraged holders in proportion to
 *       the contracts they took over (auto-deleveraging), or by its profitable opposite-side holders in proportion
 *       to their unrealised profit (socialized loss);</li>
 *   <li>a shortfall nobody can bear stays on the account, uncovered.</li>
 * </ol>
 * Every amount is at the asset's decimals and the parts sum to the debt: fund draw + Σ charges + uncovered = debt.
 * With one instrument this is exactly what a bankruptcy always did; with several, a debt no longer takes the first
 * position's policy. Also plans the deleveraging itself: which ranked holders take over how much of a position.
 */
public final class ShortfallAllocation {

    private ShortfallAllocation() {
    }

    /**
     * One instrument the bankrupt account held.
     *
     * @param lossUsd  what closing the bankrupt position at the mark lost, in USD (≥ 0): the instrument's weight
     * @param bearers  account → weight: contracts taken over (auto-deleveraging) or unrealised profit (socialized);
     *                 empty when nobody bears this instrument's loss (positions closed to the backstop under
     *                 auto-deleveraging because the fund covered the deficit)
     */
    public record Exposure(long instrumentId, String asset, ShortfallPolicy policy, BigDecimal lossUsd,
                           Map<Long, BigDecimal> bearers) {

        public Exposure {
            bearers = new TreeMap<>(bearers);
            bearers.values().removeIf(weight -> weight.signum() <= 0);
        }

        boolean canBear() {
            return !bearers.isEmpty();
        }
    }

    /** What one instrument's bearers pay of one asset's shortfall: account → amount, summing to {@code total}. */
    public record Charge(long instrumentId, ShortfallPolicy policy, BigDecimal total, Map<Long, BigDecimal> shares) {
    }

    /** One asset's debt and who paid it. */
    public record Settlement(String asset, BigDecimal debt, BigDecimal fundDraw, List<Charge> charges,
                             BigDecimal uncovered) {

        public BigDecimal shortfall() {
            return debt.subtract(fundDraw);
        }
    }

    /** A ranked holder who may take over part of a bankrupt position: its quantity is of the opposite sign. */
    public record Holder(long accountId, BigDecimal quantity) {
    }

    /** Contracts (> 0) of the bankrupt position one holder takes over. */
    public record Take(long accountId, BigDecimal contracts) {
    }

    /** Under auto-deleveraging the position closes against holders only when the fund cannot cover the deficit. */
    public static boolean deleverages(ShortfallPolicy policy, boolean fundCovers) {
        return policy == ShortfallPolicy.AUTO_DELEVERAGING && !fundCovers;
    }

    /**
     * The holders, in rank order, each taking as much as it holds until the position is closed; what they cannot
     * take (position − Σ takes) goes to the backstop.
     */
    public static List<Take> deleverage(BigDecimal position, List<Holder> ranked) {
        List<Take> takes = new ArrayList<>();
        BigDecimal remaining = position.abs();
        for (Holder holder : ranked) {
            if (remaining.signum() == 0) {
                break;
            }
            BigDecimal taken = holder.quantity().abs().min(remaining);
            if (taken.signum() > 0) {
                takes.add(new Take(holder.accountId(), taken));
                remaining = remaining.subtract(taken);
            }
        }
        return takes;
    }

    /**
     * @param debts     asset → what the account owes of it (> 0)
     * @param fund      asset → the insurance fund's balance of it (a missing or negative balance pays nothing)
     * @param exposures the instruments the account held
     * @param decimals  asset → its decimals (every debt is at most that precise)
     * @return one settlement per debt, in asset order
     */
    public static List<Settlement> allocate(Map<String, BigDecimal> debts, Map<String, BigDecimal> fund,
                                            List<Exposure> exposures, Map<String, Integer> decimals) {
        List<Settlement> settlements = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> debt : new TreeMap<>(debts).entrySet()) {
            String asset = debt.getKey();
            BigDecimal owed = debt.getValue();
            BigDecimal fundDraw = owed.min(fund.getOrDefault(asset, BigDecimal.ZERO).max(BigDecimal.ZERO));
            BigDecimal shortfall = owed.subtract(fundDraw);
            List<Exposure> bearing = bearing(asset, exposures);
            List<Charge> charges = new ArrayList<>();
            BigDecimal charged = BigDecimal.ZERO;
            if (shortfall.signum() > 0 && !bearing.isEmpty()) {
                int scale = decimals.get(asset);
                Map<Long, BigDecimal> parts = ProRata.split(shortfall, instrumentWeights(bearing), scale);
                for (Exposure exposure : bearing) {
                    BigDecimal part = parts.get(exposure.instrumentId());
                    if (part != null) {
                        charges.add(new Charge(exposure.instrumentId(), exposure.policy(), part,
                                ProRata.split(part, exposure.bearers(), scale)));
                        charged = charged.add(part);
                    }
                }
            }
            settlements.add(new Settlement(asset, owed, fundDraw, charges, shortfall.subtract(charged)));
        }
        return settlements;
    }

    /** The instruments of the debt's asset that can bear it, or, when none, those of any asset; by instrument id. */
    private static List<Exposure> bearing(String asset, List<Exposure> exposures) {
        List<Exposure> sameAsset = exposures.stream().filter(e -> e.asset().equals(asset) && e.canBear()).toList();
        List<Exposure> bearing = sameAsset.isEmpty() ? exposures.stream().filter(Exposure::canBear).toList()
                : sameAsset;
        return bearing.stream().sorted(java.util.Comparator.comparingLong(Exposure::instrumentId)).toList();
    }

    private static Map<Long, BigDecimal> instrumentWeights(List<Exposure> bearing) {
        boolean anyLoss = bearing.stream().anyMatch(e -> e.lossUsd().signum() > 0);
        Map<Long, BigDecimal> weights = new TreeMap<>();
        for (Exposure exposure : bearing) {
            weights.merge(exposure.instrumentId(), anyLoss ? exposure.lossUsd().max(BigDecimal.ZERO) : BigDecimal.ONE,
                    BigDecimal::add);
        }
        return weights;
    }
}
