package io.clearstone.domain.oracle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Index price = median of the fresh sources, with manipulation resistance. Against a current index, each fresh quote
 * is either consistent (within {@code maxDeviation}) or suspect. Suspects that agree with each other form a cluster;
 * the cluster replaces the consistent group only when it reaches the quorum and outnumbers it, i.e. when the market
 * really moved and enough sources say so. One source, however far it strays, never moves the index alone. The first
 * index, which has no reference yet, is the median of the largest agreeing group once it reaches the quorum.
 */
public final class MedianIndexCalculator {

    static final int PRICE_SCALE = 18;

    public IndexDecision decide(List<Quote> latestPerSource, BigDecimal currentIndex, Instant now, IndexRules rules) {
        Instant oldestFresh = now.minus(rules.staleness());
        List<Quote> fresh = latestPerSource.stream().filter(q -> !q.observedAt().isBefore(oldestFresh)).toList();
        if (currentIndex == null) {
            // no reference yet: the largest group of sources that agree with each other must reach the quorum,
            // so that one fat-fingered source cannot set the very first index either
            List<Quote> agreeing = largestAgreeingCluster(fresh, rules.maxDeviation());
            return agreeing.size() >= rules.minQuorum()
                    ? publish(agreeing, sources(fresh, agreeing), "first index from " + agreeing.size()
                            + " agreeing sources")
                    : withhold(agreeing, sources(fresh, agreeing), "quorum of " + rules.minQuorum()
                            + " not met: " + agreeing.size() + " of " + fresh.size() + " fresh sources agree");
        }
        List<Quote> consistent = new ArrayList<>();
        List<Quote> deviating = new ArrayList<>();
        fresh.forEach(q -> (deviates(q.price(), currentIndex, rules.maxDeviation()) ? deviating : consistent).add(q));

        List<Quote> confirmedMove = largestAgreeingCluster(deviating, rules.maxDeviation());
        if (confirmedMove.size() >= rules.minQuorum() && confirmedMove.size() > consistent.size()) {
            return publish(confirmedMove, sources(fresh, confirmedMove),
                    confirmedMove.size() + " sources confirm a move beyond " + rules.maxDeviation());
        }
        if (consistent.size() >= rules.minQuorum()) {
            return publish(consistent, sources(deviating, List.of()),
                    consistent.size() + " consistent sources" + (deviating.isEmpty() ? "" : ", "
                            + deviating.size() + " suspect"));
        }
        return withhold(consistent, sources(deviating, List.of()),
                "quorum of " + rules.minQuorum() + " not met: " + consistent.size() + " consistent, "
                        + deviating.size() + " suspect");
    }

    static BigDecimal median(List<BigDecimal> prices) {
        List<BigDecimal> sorted = prices.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        BigDecimal sum = sorted.get(middle - 1).add(sorted.get(middle));
        // exact up to the 18 decimals a stored price keeps
        return sum.divide(BigDecimal.valueOf(2), Math.min(PRICE_SCALE, Math.max(sum.scale(), 0) + 1),
                RoundingMode.HALF_EVEN);
    }

    static boolean deviates(BigDecimal price, BigDecimal reference, BigDecimal maxDeviation) {
        return price.subtract(reference).abs().compareTo(reference.multiply(maxDeviation)) > 0;
    }

    /** The biggest set of quotes all within {@code maxDeviation} of one of them (ties: the lowest price's). */
    private static List<Quote> largestAgreeingCluster(List<Quote> quotes, BigDecimal maxDeviation) {
        List<Quote> best = List.of();
        for (Quote centre : quotes.stream().sorted(Comparator.comparing(Quote::price)).toList()) {
            List<Quote> cluster = quotes.stream()
                    .filter(q -> !deviates(q.price(), centre.price(), maxDeviation)).toList();
            if (cluster.size() > best.size()) {
                best = cluster;
            }
        }
        return best;
    }

    private static IndexDecision publish(List<Quote> group, Set<String> suspects, String reason) {
        return new IndexDecision(median(group.stream().map(Quote::price).toList()), names(group), suspects, reason);
    }

    private static IndexDecision withhold(List<Quote> group, Set<String> suspects, String reason) {
        return new IndexDecision(null, names(group), suspects, reason);
    }

    private static List<String> names(List<Quote> quotes) {
        return quotes.stream().map(Quote::source).sorted().toList();
    }

    private static Set<String> sources(List<Quote> all, List<Quote> except) {
        Set<String> names = new LinkedHashSet<>();
        all.stream().filter(q -> !except.contains(q)).map(Quote::source).sorted().forEach(names::add);
        return names;
    }
}
