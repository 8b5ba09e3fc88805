package io.clearstone.domain.demo;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded geometric Brownian motion for several symbols: S(t+dt) = S(t)·exp((μ − σ²/2)·dt + σ·√dt·Z), Z ~ N(0,1).
 * Symbols advance in name order from one random stream, so the same seed gives the same paths on every run.
 */
public final class GeometricBrownianMotion {

    private final SplittableRandom random;
    private final Map<String, GbmParameters> parameters;
    private final Map<String, Double> prices = new TreeMap<>();

    public GeometricBrownianMotion(long seed, Map<String, GbmParameters> parameters) {
        this.random = new SplittableRandom(seed);
        this.parameters = new TreeMap<>(parameters);
        this.parameters.forEach((symbol, p) -> prices.put(symbol, p.initialPrice()));
    }

    /** Restarts a symbol's path from a known price (e.g. the index after a server restart). */
    public void resumeFrom(String symbol, double price) {
        prices.put(symbol, price);
    }

    /** Advances every symbol by {@code dtYears} and returns the new prices. */
    public Map<String, Double> step(double dtYears) {
        parameters.forEach((symbol, p) -> {
            double z = random.nextGaussian();
            double growth = (p.drift() - 0.5 * p.volatility() * p.volatility()) * dtYears
                    + p.volatility() * Math.sqrt(dtYears) * z;
            prices.compute(symbol, (s, price) -> price * Math.exp(growth));
        });
        return Map.copyOf(prices);
    }

    /** A standard normal draw from the same stream, for per-source noise. */
    public double nextGaussian() {
        return random.nextGaussian();
    }
}
