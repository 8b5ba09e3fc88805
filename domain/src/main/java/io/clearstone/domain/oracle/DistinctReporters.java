package io.clearstone.domain.oracle;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A quorum is of principals, not of sources: one credential bound to several sources must not be several votes. Of
 * the quotes of one reporter's sources only its latest counts (ties: the first given), so the index calculation
 * sees at most one quote per reporter.
 */
public final class DistinctReporters {

    private final List<Quote> quotes;
    private final Map<String, String> reporterBySource;

    private DistinctReporters(List<Quote> quotes, Map<String, String> reporterBySource) {
        this.quotes = quotes;
        this.reporterBySource = reporterBySource;
    }

    public static DistinctReporters of(Collection<ReportedQuote> latestPerSource) {
        Map<String, ReportedQuote> latest = new LinkedHashMap<>();
        latestPerSource.forEach(q -> latest.merge(q.reporter(), q,
                (kept, other) -> other.quote().observedAt().isAfter(kept.quote().observedAt()) ? other : kept));
        Map<String, String> reporters = new LinkedHashMap<>();
        latestPerSource.forEach(q -> reporters.put(q.quote().source(), q.reporter()));
        return new DistinctReporters(latest.values().stream().map(ReportedQuote::quote).toList(), reporters);
    }

    /** One quote per reporter: its latest. */
    public List<Quote> quotes() {
        return quotes;
    }

    /** The principals behind these sources. */
    public Set<String> reportersOf(Collection<String> sources) {
        Set<String> reporters = new TreeSet<>();
        sources.forEach(s -> reporters.add(reporterBySource.getOrDefault(s, s)));
        return reporters;
    }
}
