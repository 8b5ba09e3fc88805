package io.clearstone.domain.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rounds exact funding payments to an asset's decimals so that they still sum to exactly zero (largest remainder):
 * every amount is rounded down (towards minus infinity), and the units that leaves over, one per account at most, go
 * to the largest remainders, ties to the lower account id. Everyone ends within one unit of its exact amount and
 * nothing is created or lost.
 */
final class FundingAllocation {

    private FundingAllocation() {
    }

    /**
     * @param exact    account id → exact amount it receives (negative: pays); must sum to exactly zero
     * @param decimals the asset's decimals
     * @return account id → rounded amount, summing to exactly zero; accounts rounded to nothing are left out
     */
    static Map<Long, BigDecimal> allocate(Map<Long, BigDecimal> exact, int decimals) {
        BigDecimal net = exact.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (net.signum() != 0) {
            throw new IllegalArgumentException("funding payments must net to zero, not " + net.toPlainString());
        }
        record Share(long account, BigDecimal floor, BigDecimal remainder) {
        }
        List<Share> shares = new ArrayList<>();
        BigDecimal floors = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> payment : exact.entrySet()) {
            BigDecimal floor = payment.getValue().setScale(decimals, RoundingMode.FLOOR);
            shares.add(new Share(payment.getKey(), floor, payment.getValue().subtract(floor)));
            floors = floors.add(floor);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        long leftOver = floors.negate().divide(unit).longValueExact();
        shares.sort(Comparator.comparing(Share::remainder).reversed().thenComparingLong(Share::account));
        Map<Long, BigDecimal> rounded = new TreeMap<>();
        for (int i = 0; i < shares.size(); i++) {
            BigDecimal amount = i < leftOver ? shares.get(i).floor().add(unit) : shares.get(i).floor();
            if (amount.signum() != 0) {
                rounded.put(shares.get(i).account(), amount);
            }
        }
        return rounded;
    }
}
