package io.clearstone.instruments.futures;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard-margin ladder by USD notional: base rates up to the base limit, each further step adds the rate step
 * to both rates. Above the last limit a position may not be opened ({@link #maxNotional()}).
 */
final class MarginTiers {

    private final List<MarginTier> tiers;

    private MarginTiers(List<MarginTier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    static MarginTiers stepped(double baseNotional, double stepNotional, int steps, double baseInitial,
                               double baseMaintenance, double rateStep) {
        List<MarginTier> tiers = new ArrayList<>();
        double amount = 0;
        for (int i = 0; i <= steps; i++) {
            double maintenance = baseMaintenance + i * rateStep;
            if (i > 0) {
                // at the boundary between tier i−1 and i, both rates give the same maintenance margin
                amount += (baseNotional + (i - 1) * stepNotional) * rateStep;
            }
            tiers.add(new MarginTier(baseNotional + i * stepNotional, baseInitial + i * rateStep, maintenance, amount));
        }
        return new MarginTiers(tiers);
    }

    /** The tier of a notional; above the largest limit (which a trade may not reach) the top tier's. */
    MarginTier tierFor(double notional) {
        for (MarginTier tier : tiers) {
            if (notional <= tier.maxNotional()) {
                return tier;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    double maxNotional() {
        return tiers.get(tiers.size() - 1).maxNotional();
    }

    List<MarginTier> tiers() {
        return tiers;
    }
}
