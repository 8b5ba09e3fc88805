package io.clearstone.domain.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an exact amount over accounts in proportion to weights, to an asset's decimals, so that the shares sum to
 * exactly the amount (largest remainder: shares rounded down, the units left over to the largest remainders, ties to
 * the lower account id).
 */
public final class ProRata {

    private ProRata() {
    }

    /**
     * @param total    a non-negative amount at most {@code decimals} decimals
     * @param weights  account id → positive weight
     * @return account id → share, without accounts whose share is zero
     */
    public static Map<Long, BigDecimal> split(BigDecimal total, Map<Long, BigDecimal> weights, int decimals) {
        if (total.signum() < 0 || total.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException("cannot split " + total.toPlainString() + " to " + decimals + " decimals");
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, BigDecimal> shares = new TreeMap<>();
        if (total.signum() == 0 || sum.signum() <= 0) {
            return shares;
        }
        record Share(long account, BigDecimal floor, BigDecimal remainder) {
        }
        List<Share> floors = new ArrayList<>();
        BigDecimal distributed = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> weight : weights.entrySet()) {
            BigDecimal exact = total.multiply(weight.getValue()).divide(sum, new MathContext(64, RoundingMode.DOWN));
            BigDecimal floor = exact.setScale(decimals, RoundingMode.DOWN);
            floors.add(new Share(weight.getKey(), floor, exact.subtract(floor)));
            distributed = distributed.add(floor);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        long leftOver = total.subtract(distributed).divide(unit).longValueExact();
        floors.sort(Comparator.comparing(Share::remainder).reversed().thenComparingLong(Share::account));
        for (int i = 0; i < floors.size(); i++) {
            BigDecimal share = i < leftOver ? floors.get(i).floor().add(unit) : floors.get(i).floor();
            if (share.signum() != 0) {
                shares.put(floors.get(i).account(), share);
            }
        }
        return shares;
    }
}
