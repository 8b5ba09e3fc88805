package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The surface points of a solved chain: one per (expiry, strike). Where both a call and a put are quoted, the
 * out-of-the-money one is kept (the call at or above the forward, the put below), whose price is all time value and
 * so determines the volatility best; of two quotes of the same right the first is kept.
 */
final class ImpliedSurfacePoints {

    /** The points, and for each the position of the quote it came from (to name it in a refusal). */
    record Selection(List<SurfacePoint> points, List<Integer> quoteIndices) {
    }

    private ImpliedSurfacePoints() {
    }

    /**
     * @param solved  the chain's results, every one with a volatility
     * @param forward the forward of an expiry
     */
    static Selection of(List<QuoteVolatility> solved, ToDoubleFunction<Instant> forward) {
        Map<List<Object>, Integer> chosen = new LinkedHashMap<>();
        for (int i = 0; i < solved.size(); i++) {
            QuoteVolatility quote = solved.get(i);
            List<Object> at = List.of(quote.expiry(), quote.strike().stripTrailingZeros());
            Integer earlier = chosen.get(at);
            if (earlier == null || !outOfTheMoney(solved.get(earlier), forward) && outOfTheMoney(quote, forward)) {
                chosen.put(at, i);
            }
        }
        List<SurfacePoint> points = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        chosen.values().forEach(i -> {
            QuoteVolatility quote = solved.get(i);
            points.add(new SurfacePoint(quote.expiry(), quote.strike(), null,
                    BigDecimal.valueOf(quote.volatility()).setScale(8, RoundingMode.HALF_EVEN)));
            indices.add(i);
        });
        return new Selection(points, indices);
    }

    private static boolean outOfTheMoney(QuoteVolatility quote, ToDoubleFunction<Instant> forward) {
        boolean atOrAbove = quote.strike().doubleValue() >= forward.applyAsDouble(quote.expiry());
        return (quote.right() == OptionRight.CALL) == atOrAbove;
    }
}
