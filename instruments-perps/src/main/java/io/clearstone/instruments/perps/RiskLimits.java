package io.clearstone.instruments.perps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A risk-limit ladder: the tier a position's notional falls in decides its margin rates. */
public record RiskLimits(List<RiskLimitTier> tiers) {

    public RiskLimits {
        tiers = tiers.stream().sorted(Comparator.comparingDouble(RiskLimitTier::maxNotional)).toList();
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a ladder has at least one tier");
        }
    }

    /**
     * BitMEX style: base rates at the base limit, each further step of {@code stepNotional} adds {@code step} to both
     * rates (maintenance 0.5% and initial 1% at the base, +0.5% per step).
     */
    public static RiskLimits stepped(double baseNotional, double stepNotional, int steps, double baseInitial,
                                     double baseMaintenance, double step) {
        List<RiskLimitTier> tiers = new ArrayList<>();
        double previousCum = 0;
        double previousRate = baseMaintenance;
        for (int i = 0; i <= steps; i++) {
            double limit = baseNotional + i * stepNotional;
            double maintenance = baseMaintenance + i * step;
            // keep notional × MMR − cum continuous at each tier boundary
            double cum = i == 0 ? 0 : previousCum + (limit - stepNotional) * (maintenance - previousRate);
            tiers.add(new RiskLimitTier(limit, baseInitial + i * step, maintenance, cum));
            previousCum = cum;
            previousRate = maintenance;
        }
        return new RiskLimits(tiers);
    }

    /** The tier for a notional; above the last tier's limit, the position exceeds the risk limit. */
    public RiskLimitTier tierFor(double notional) {
        return tiers.stream().filter(t -> notional <= t.maxNotional()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("notional " + notional
                        + " exceeds the largest risk limit " + tiers.get(tiers.size() - 1).maxNotional()));
    }

    public double maxNotional() {
        return tiers.get(tiers.size() - 1).maxNotional();
    }
}
