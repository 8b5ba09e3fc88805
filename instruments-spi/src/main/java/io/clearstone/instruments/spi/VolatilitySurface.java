package io.clearstone.instruments.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Implied volatilities of one underlying by expiry and strike, interpolated as follows.
 * <ul>
 *   <li>Within an expiry: linear in strike between the quoted strikes, flat beyond the lowest and highest.</li>
 *   <li>Across expiries: linear in total variance σ²·T between the quoted expiries (at the same strike), which keeps
 *       forward variance non-negative when the quotes are free of calendar arbitrage; flat in volatility before the
 *       first and after the last expiry.</li>
 * </ul>
 * Construction refuses calendar arbitrage: total variance must not decrease with expiry at any quoted strike.
 */
public final class VolatilitySurface {

    private final TreeMap<Double, TreeMap<Double, Double>> smiles;

    private VolatilitySurface(TreeMap<Double, TreeMap<Double, Double>> smiles) {
        this.smiles = smiles;
    }

    /**
     * @throws IllegalArgumentException for a non-positive expiry, strike or volatility, or calendar arbitrage
     */
    public static VolatilitySurface of(List<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a surface needs at least one point");
        }
        TreeMap<Double, TreeMap<Double, Double>> smiles = new TreeMap<>();
        for (Point point : points) {
            smiles.computeIfAbsent(point.expiryYears(), t -> new TreeMap<>()).put(point.strike(), point.volatility());
        }
        VolatilitySurface surface = new VolatilitySurface(smiles);
        surface.requireNoCalendarArbitrage();
        return surface;
    }

    /** A flat surface: the same volatility everywhere. */
    public static VolatilitySurface flat(double volatility) {
        return of(List.of(new Point(1, 1, volatility)));
    }

    public double volatility(double expiryYears, double strike, double forward) {
        Map.Entry<Double, TreeMap<Double, Double>> below = smiles.floorEntry(expiryYears);
        Map.Entry<Double, TreeMap<Double, Double>> above = smiles.ceilingEntry(expiryYears);
        if (below == null) {
            return inSmile(above.getValue(), strike);
        }
        if (above == null || below.getKey().equals(above.getKey())) {
            return inSmile(below.getValue(), strike);
        }
        double t1 = below.getKey();
        double t2 = above.getKey();
        double w1 = square(inSmile(below.getValue(), strike)) * t1;
        double w2 = square(inSmile(above.getValue(), strike)) * t2;
        double w = w1 + (w2 - w1) * (expiryYears - t1) / (t2 - t1);
        return Math.sqrt(w / expiryYears);
    }

    public List<Point> points() {
        List<Point> points = new ArrayList<>();
        smiles.forEach((t, smile) -> smile.forEach((k, vol) -> points.add(new Point(t, k, vol))));
        return points;
    }

    private void requireNoCalendarArbitrage() {
        List<Double> strikes = smiles.values().stream().flatMap(s -> s.keySet().stream()).distinct().sorted().toList();
        for (double strike : strikes) {
            double previous = 0;
            double previousExpiry = 0;
            for (Map.Entry<Double, TreeMap<Double, Double>> smile : smiles.entrySet()) {
                double totalVariance = square(inSmile(smile.getValue(), strike)) * smile.getKey();
                if (totalVariance < previous - 1e-12) {
                    throw new IllegalArgumentException(String.format(
                            "calendar arbitrage at strike %s: total variance falls from %.6g at %.4g years to %.6g "
                                    + "at %.4g years", strike, previous, previousExpiry, totalVariance,
                            smile.getKey()));
                }
                previous = totalVariance;
                previousExpiry = smile.getKey();
            }
        }
    }

    private static double inSmile(TreeMap<Double, Double> smile, double strike) {
        Map.Entry<Double, Double> lower = smile.floorEntry(strike);
        Map.Entry<Double, Double> upper = smile.ceilingEntry(strike);
        if (lower == null) {
            return upper.getValue();
        }
        if (upper == null || lower.getKey().equals(upper.getKey())) {
            return lower.getValue();
        }
        double weight = (strike - lower.getKey()) / (upper.getKey() - lower.getKey());
        return lower.getValue() + weight * (upper.getValue() - lower.getValue());
    }

    private static double square(double x) {
        return x * x;
    }

    /** One quoted volatility: expiry in years (ACT/365 from the surface's time), strike, volatility (0.6 = 60%). */
    public record Point(double expiryYears, double strike, double volatility) {

        public Point {
            if (!(expiryYears > 0) || !(strike > 0) || !(volatility > 0) || volatility > 10) {
                throw new IllegalArgumentException("need expiry > 0, strike > 0, 0 < volatility <= 10: expiry "
                        + expiryYears + ", strike " + strike + ", volatility " + volatility);
            }
        }
    }
}
