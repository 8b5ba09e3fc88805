package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.clearstone.domain.shared.ProRata;

/**
 * One period of a pool's priority of payments, exactly, in the settlement asset:
 * <ol>
 *   <li>interest collected pays each tranche's coupon on its balance, most senior first; what a tranche is not paid
 *       is its shortfall;</li>
 *   <li>the period's loss (defaulted par less what was recovered) is covered from the reserve first, and the rest
 *       written down from the most junior tranche up;</li>
 *   <li>principal collected, recoveries and the reserve's cover repay balances, sequentially or pro rata;</li>
 *   <li>interest left over tops the reserve up to its target, and the rest goes to the most junior tranche as
 *       residual.</li>
 * </ol>
 * Balances fall by exactly the par that left the pool (principal plus defaults), so Σ balances stays equal to the
 * pool's performing par, and every unit collected is paid out.
 */
public final class Waterfall {

    private Waterfall() {
    }

    /** A tranche before the period, in rank order (most senior first). */
    public record Tranche(long id, BigDecimal balance, BigDecimal coupon) {
    }

    /** What the servicer collected and reported over the period. */
    public record Collections(BigDecimal interest, BigDecimal principal, BigDecimal defaulted, BigDecimal recovered) {
    }

    /** One tranche's share of the period. */
    public record Line(long trancheId, BigDecimal interestDue, BigDecimal interestPaid, BigDecimal writtenDown,
                       BigDecimal principalPaid, BigDecimal residual, BigDecimal balanceAfter) {

        /** Cash to the tranche's holders. */
        public BigDecimal cash() {
            return interestPaid.add(principalPaid).add(residual);
        }
    }

    /** The period's outcome. */
    public record Result(List<Line> lines, BigDecimal reserveUsed, BigDecimal reserveToppedUp) {
    }

    public static Result run(List<Tranche> tranches, Collections collected, BigDecimal reserve,
                             BigDecimal reserveTarget, PrincipalMode mode, int periodsPerYear, int decimals) {
        int n = tranches.size();
        BigDecimal[] due = new BigDecimal[n];
        BigDecimal[] paid = new BigDecimal[n];
        BigDecimal available = collected.interest();
        for (int i = 0; i < n; i++) {
            Tranche tranche = tranches.get(i);
            due[i] = tranche.balance().multiply(tranche.coupon())
                    .divide(BigDecimal.valueOf(periodsPerYear), decimals, RoundingMode.HALF_EVEN);
            paid[i] = due[i].min(available);
            available = available.subtract(paid[i]);
        }

        BigDecimal loss = collected.defaulted().subtract(collected.recovered());
        BigDecimal cover = loss.min(reserve).max(BigDecimal.ZERO);
        BigDecimal[] balance = new BigDecimal[n];
        BigDecimal[] writtenDown = new BigDecimal[n];
        BigDecimal toWriteDown = loss.subtract(cover);
        for (int i = n - 1; i >= 0; i--) {
            balance[i] = tranches.get(i).balance();
            writtenDown[i] = toWriteDown.min(balance[i]).max(BigDecimal.ZERO);
            balance[i] = balance[i].subtract(writtenDown[i]);
            toWriteDown = toWriteDown.subtract(writtenDown[i]);
        }
        if (toWriteDown.signum() > 0) {
            throw new IllegalArgumentException("a loss of " + loss + " exceeds the tranches' balances");
        }

        BigDecimal principal = collected.principal().add(collected.recovered()).add(cover);
        BigDecimal[] repaid = mode == PrincipalMode.SEQUENTIAL ? sequential(principal, balance)
                : proRata(principal, balance, tranches, decimals);

        BigDecimal reserveAfterCover = reserve.subtract(cover);
        BigDecimal topUp = available.min(reserveTarget.subtract(reserveAfterCover).max(BigDecimal.ZERO));
        BigDecimal residual = available.subtract(topUp);

        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new Line(tranches.get(i).id(), due[i], paid[i], writtenDown[i], repaid[i],
                    i == n - 1 ? residual : BigDecimal.ZERO, balance[i].subtract(repaid[i])));
        }
        return new Result(lines, cover, topUp);
    }

    private static BigDecimal[] sequential(BigDecimal principal, BigDecimal[] balance) {
        BigDecimal[] repaid = new BigDecimal[balance.length];
        BigDecimal left = principal;
        for (int i = 0; i < balance.length; i++) {
            repaid[i] = left.min(balance[i]);
            left = left.subtract(repaid[i]);
        }
        requireAllPaid(left);
        return repaid;
    }

    private static BigDecimal[] proRata(BigDecimal principal, BigDecimal[] balance, List<Tranche> tranches,
                                        int decimals) {
        Map<Long, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < balance.length; i++) {
            if (balance[i].signum() > 0) {
                weights.put(tranches.get(i).id(), balance[i]);
            }
        }
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        requireAllPaid(principal.subtract(total).max(BigDecimal.ZERO));
        Map<Long, BigDecimal> shares = ProRata.split(principal, weights, decimals);
        BigDecimal[] repaid = new BigDecimal[balance.length];
        for (int i = 0; i < balance.length; i++) {
            // a share never exceeds its balance: principal ≤ Σ balances, and the rounding moves one unit at most
            repaid[i] = shares.getOrDefault(tranches.get(i).id(), BigDecimal.ZERO).min(balance[i]);
        }
        return repaid;
    }

    private static void requireAllPaid(BigDecimal left) {
        if (left.signum() > 0) {
            throw new IllegalArgumentException("principal of " + left + " exceeds the tranches' balances");
        }
    }
}
