package io.clearstone.domain.oracle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.clearstone.instruments.spi.OptionPriceModel;

/**
 * The static no-arbitrage conditions of a volatility surface's quotes, with the forward of each expiry taken as
 * F(T) = S·e^(rT) (no carry: the coins pay no yield).
 *
 * <p><b>Butterfly</b> (a non-negative density): per expiry, the undiscounted Black call prices c(K) at the quoted
 * strikes, with c(0) = F added, must be non-increasing and convex in strike: every call spread costs at most
 * nothing and every butterfly at least nothing. For a finite set of quotes these conditions are necessary and
 * sufficient for some arbitrage-free model to reproduce them (Carr and Madan, "A note on sufficient conditions for no
 * arbitrage", 2005; Davis and Hobson, "The range of traded option prices", 2007). Gatheral's g(k) ≥ 0 on total
 * variance is the same condition for a smooth w(k), but it needs w′ and w″, which discrete quotes do not have: the
 * surface interpolates linearly between strikes, so w″ is zero between quotes and undefined at them, and a finite
 * difference would test a smoothing of our choice rather than the quotes. The call-price test is therefore chosen. It
 * checks the quotes, not the linear interpolation between them: a smile whose slope steepens at a quote (a local
 * volatility maximum, for one) has a concave kink there in the interpolated price, which this check does not refuse.
 *
 * <p><b>Calendar</b>: total variance w = σ²T must not fall with expiry at the same forward-moneyness K/F(T) (a
 * calendar spread at a fixed forward-moneyness costs at least nothing). Each pair of adjacent expiries is compared
 * at every quoted forward-moneyness of either, each smile interpolated as the surface does (linear in strike, flat
 * beyond its quotes); σ√T is then piecewise linear in the moneyness with its breaks at those nodes, so the test is
 * exact for the whole interpolated smile, and by transitivity for every pair of expiries.
 */
final class SurfaceArbitrage {

    /** Relative to the forward: a convexity shortfall below this is the prices' rounding, not arbitrage. */
    private static final double PRICE_TOLERANCE = 1e-12;
    /** Relative to the total variance, likewise. */
    private static final double VARIANCE_TOLERANCE = 1e-12;

    /** One quote of the surface as pushed: its position in the request, expiry, years to it, strike, volatility. */
    record Quote(int index, Instant expiry, double years, double strike, double volatility) {
    }

    /** An offending quote (by its position in the request) and why. */
    record Finding(int index, String message) {
    }

    private final double spot;
    private final double rate;
    private final OptionPriceModel model;

    SurfaceArbitrage(double spot, double rate, OptionPriceModel model) {
        this.spot = spot;
        this.rate = rate;
        this.model = model;
    }

    /** The quotes whose call price breaks monotonicity or convexity in strike at their expiry, each once. */
    List<Finding> butterflies(List<Quote> quotes) {
        Map<Integer, Finding> found = new LinkedHashMap<>();
        bySmile(quotes).forEach((expiry, smile) -> {
            List<Quote> row = new ArrayList<>(smile.values());
            double forward = forward(row.get(0).years());
            double tolerance = PRICE_TOLERANCE * forward;
            double[] strikes = new double[row.size() + 1];
            double[] calls = new double[row.size() + 1];
            strikes[0] = 0;
            calls[0] = forward;
            for (int i = 0; i < row.size(); i++) {
                Quote quote = row.get(i);
                strikes[i + 1] = quote.strike();
                calls[i + 1] = model.price(forward, quote.strike(), quote.years(), quote.volatility(), 0, 0, true);
            }
            for (int i = 1; i < strikes.length; i++) {
                Quote quote = row.get(i - 1);
                if (i + 1 < strikes.length) {
                    double chord = calls[i - 1] + (calls[i + 1] - calls[i - 1])
                            * (strikes[i] - strikes[i - 1]) / (strikes[i + 1] - strikes[i - 1]);
                    if (calls[i] > chord + tolerance) {
                        found.merge(quote.index(), new Finding(quote.index(), String.format(
                                "butterfly arbitrage at expiry %s: the call at strike %s (volatility %s) costs "
                                        + "%.6g, above the %.6g on the chord between strikes %s and %s, so the "
                                        + "butterfly %s/%s/%s has a negative price (a negative density)", expiry,
                                plain(quote.strike()), plain(quote.volatility()), calls[i], chord,
                                strikeName(strikes[i - 1]), plain(strikes[i + 1]), strikeName(strikes[i - 1]),
                                plain(strikes[i]), plain(strikes[i + 1]))), SurfaceArbitrage::both);
                    }
                }
                if (calls[i] > calls[i - 1] + tolerance) {
                    found.merge(quote.index(), new Finding(quote.index(), String.format(
                            "call-spread arbitrage at expiry %s: the call at strike %s (volatility %s) costs %.6g, "
                                    + "more than the %.6g of the call at the lower strike %s", expiry,
                            plain(quote.strike()), plain(quote.volatility()), calls[i], calls[i - 1],
                            strikeName(strikes[i - 1]))), SurfaceArbitrage::both);
                }
            }
        });
        return List.copyOf(found.values());
    }

    /**
     * The quotes at whose forward-moneyness total variance falls from one expiry to the next, each once; the message
     * names both expiries and the strike at each.
     */
    List<Finding> calendarSpreads(List<Quote> quotes) {
        Map<Integer, Finding> found = new LinkedHashMap<>();
        List<Map.Entry<Instant, TreeMap<Double, Quote>>> smiles = new ArrayList<>(bySmile(quotes).entrySet());
        for (int e = 1; e < smiles.size(); e++) {
            TreeMap<Double, Quote> earlier = smiles.get(e - 1).getValue();
            TreeMap<Double, Quote> later = smiles.get(e).getValue();
            double earlierYears = earlier.firstEntry().getValue().years();
            double laterYears = later.firstEntry().getValue().years();
            double earlierForward = forward(earlierYears);
            double laterForward = forward(laterYears);
            TreeMap<Double, Quote> nodes = new TreeMap<>();
            earlier.values().forEach(q -> nodes.put(q.strike() / earlierForward, q));
            later.values().forEach(q -> nodes.put(q.strike() / laterForward, q));
            for (Map.Entry<Double, Quote> node : nodes.entrySet()) {
                double moneyness = node.getKey();
                double earlierStrike = moneyness * earlierForward;
                double laterStrike = moneyness * laterForward;
                double earlierVol = inSmile(earlier, earlierStrike);
                double laterVol = inSmile(later, laterStrike);
                double earlierVariance = earlierVol * earlierVol * earlierYears;
                double laterVariance = laterVol * laterVol * laterYears;
                if (laterVariance < earlierVariance * (1 - VARIANCE_TOLERANCE)) {
                    Quote quote = node.getValue();
                    found.putIfAbsent(quote.index(), new Finding(quote.index(), String.format(
                            "calendar arbitrage between expiries %s and %s at forward-moneyness K/F = %.6g: total "
                                    + "variance falls from %.6g (strike %s, volatility %.6g) to %.6g (strike %s, "
                                    + "volatility %.6g)", smiles.get(e - 1).getKey(), smiles.get(e).getKey(),
                            moneyness, earlierVariance, plain(earlierStrike), earlierVol, laterVariance,
                            plain(laterStrike), laterVol)));
                }
            }
        }
        return List.copyOf(found.values());
    }

    private static Finding both(Finding first, Finding second) {
        return new Finding(first.index(), first.message() + "; " + second.message());
    }

    private double forward(double years) {
        return spot * Math.exp(rate * years);
    }

    /** Quotes by expiry, then strike; a repeated (expiry, strike) keeps the last, as the surface does. */
    private static TreeMap<Instant, TreeMap<Double, Quote>> bySmile(List<Quote> quotes) {
        TreeMap<Instant, TreeMap<Double, Quote>> smiles = new TreeMap<>();
        quotes.forEach(q -> smiles.computeIfAbsent(q.expiry(), e -> new TreeMap<>()).put(q.strike(), q));
        return smiles;
    }

    /** As {@link io.clearstone.instruments.spi.VolatilitySurface} reads a smile: linear in strike, flat beyond. */
    private static double inSmile(TreeMap<Double, Quote> smile, double strike) {
        Map.Entry<Double, Quote> lower = smile.floorEntry(strike);
        Map.Entry<Double, Quote> upper = smile.ceilingEntry(strike);
        if (lower == null) {
            return upper.getValue().volatility();
        }
        if (upper == null || lower.getKey().equals(upper.getKey())) {
            return lower.getValue().volatility();
        }
        double weight = (strike - lower.getKey()) / (upper.getKey() - lower.getKey());
        return lower.getValue().volatility()
                + weight * (upper.getValue().volatility() - lower.getValue().volatility());
    }

    private static String strikeName(double strike) {
        return strike == 0 ? "0 (the forward)" : plain(strike);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }
}
