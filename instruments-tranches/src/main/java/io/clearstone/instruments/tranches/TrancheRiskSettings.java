package io.clearstone.instruments.tranches;

import java.util.Map;

/**
 * The plugin's configured risk settings.
 *
 * @param haircuts                   the share of a note's value margin does not count, by seniority
 * @param defaultProbabilityStress   the relative rise (and fall) of default probabilities in a credit-stress scenario
 * @param correlationStress          the absolute rise (and fall) of correlation in a credit-stress scenario
 */
record TrancheRiskSettings(Map<Seniority, Double> haircuts, double defaultProbabilityStress,
                           double correlationStress, PoolLossModel model) {

    static final TrancheRiskSettings DEFAULTS = new TrancheRiskSettings(
            Map.of(Seniority.SENIOR, 0.10, Seniority.MEZZANINE, 0.35, Seniority.EQUITY, 1.0), 0.5, 0.1,
            new PoolLossModel(50, 20_000, 20_261_121L));
}
