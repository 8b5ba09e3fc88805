package io.clearstone.domain.liquidation;

import java.math.BigDecimal;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Liquidation settings ({@code clearstone.liquidation.*}): the owner whose (first, active) account is the backstop
 * liquidity provider taking liquidated positions at the mark; the penalty, as a fraction of the delta notional closed,
 * paid to the insurance fund; and the fraction of the riskiest position closed per step.
 */
@ApplicationScoped
public class LiquidationConfiguration {

    @Inject
    @ConfigProperty(name = "clearstone.liquidation.backstop-owner", defaultValue = "backstop")
    String backstopOwner;
    @Inject
    @ConfigProperty(name = "clearstone.liquidation.penalty-rate", defaultValue = "0.0025")
    BigDecimal penaltyRate;
    @Inject
    @ConfigProperty(name = "clearstone.liquidation.step-fraction", defaultValue = "0.5")
    BigDecimal stepFraction;

    public String backstopOwner() {
        return backstopOwner;
    }

    public BigDecimal penaltyRate() {
        return penaltyRate;
    }

    public BigDecimal stepFraction() {
        return stepFraction;
    }
}
