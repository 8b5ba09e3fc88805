package io.clearstone.domain.shared;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/** The non-overlap guards of this node's scheduled sweeps, by name: where a metrics layer reads their skip counts. */
@ApplicationScoped
public class Sweeps {

    private final Map<String, SweepGuard> guards = new ConcurrentHashMap<>();

    /** The guard of the sweep named {@code name}, the same one every time it is asked for. */
    public SweepGuard guard(String name) {
        return guards.computeIfAbsent(name, SweepGuard::new);
    }

    /** Runs skipped so far, by sweep. */
    public Map<String, Long> skipCounts() {
        Map<String, Long> counts = new TreeMap<>();
        guards.forEach((name, guard) -> counts.put(name, guard.skipped()));
        return counts;
    }
}
