package io.clearstone.domain.demo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Demo mode: a small market (BTC, ETH, USDC, demo accounts with collateral) and a simulated price feed. Off unless
 * {@code clearstone.demo.enabled=true}; the README's run command turns it on.
 */
@ApplicationScoped
public class DemoSettings {

    @Inject
    @ConfigProperty(name = "clearstone.demo.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "clearstone.demo.seed", defaultValue = "20261121")
    long seed;
    /** How much market time one feed tick simulates, so that a demo moves visibly in minutes. */
    @Inject
    @ConfigProperty(name = "clearstone.demo.simulated-seconds-per-tick", defaultValue = "60")
    double simulatedSecondsPerTick;

    public boolean enabled() {
        return enabled;
    }

    public long seed() {
        return seed;
    }

    public double simulatedSecondsPerTick() {
        return simulatedSecondsPerTick;
    }
}
