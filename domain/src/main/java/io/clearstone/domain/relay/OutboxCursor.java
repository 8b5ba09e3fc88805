package io.clearstone.domain.relay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * How far a node has read the cluster's outbox, knowing that ids become visible out of commit order: the
 * transaction that took id 41 may commit after the one that took id 42 was read. A missing id below the highest
 * read is a <em>gap</em>: it is read again at every poll until its row appears (then delivered, late) or it has been
 * missing for longer than the gap timeout (then taken for a rolled-back insert, whose id no row will ever have).
 * Every id is delivered at most once. Not thread-safe: one poller owns it.
 *
 * <p>The watermark is the id below which everything is settled (delivered, skipped or given up): the first gap
 * minus one, or the highest id read when there is none. A restarting node starts from the newest row and does not
 * replay what happened while it was away (it reads its state from the database as it starts).
 */
public final class OutboxCursor {

    /**
     * The most missing ids tracked at once. A jump larger than this (a sequence that skipped a block of values,
     * as PostgreSQL's does after a crash) keeps only the ids just below the new one: in-flight transactions hold
     * the newest ids, not ones far below.
     */
    static final int MAX_GAPS = 1_000;

    private final Duration gapTimeout;
    private long highestRead;
    /** Missing ids above the watermark, each with when it was first found missing. */
    private final NavigableMap<Long, Instant> gaps = new TreeMap<>();

    /** A cursor that delivers the rows after {@code startAfter}. */
    public OutboxCursor(long startAfter, Duration gapTimeout) {
        if (gapTimeout.isNegative()) {
            throw new IllegalArgumentException("gap timeout must not be negative: " + gapTimeout);
        }
        this.highestRead = startAfter;
        this.gapTimeout = gapTimeout;
    }

    /** The highest id read so far: the next read asks for the ids above it (and for the gaps). */
    public long highestRead() {
        return highestRead;
    }

    /** The ids still awaited below the highest read, lowest first. */
    public Set<Long> gaps() {
        return gaps.navigableKeySet();
    }

    /** Every id up to this one is settled. */
    public long watermark() {
        return gaps.isEmpty() ? highestRead : gaps.firstKey() - 1;
    }

    /**
     * Takes the ids a read returned (ids above {@link #highestRead} or in {@link #gaps}, any order) and answers
     * those to deliver now, in id order: each id once, however often it is read. Then gives up the gaps older than
     * the timeout.
     *
     * @param now when the read was made, by the poller's clock
     */
    public List<Long> accept(Collection<Long> readIds, Instant now) {
        List<Long> deliver = new ArrayList<>();
        for (long id : readIds.stream().sorted().distinct().toList()) {
            if (gaps.remove(id) != null) {
                deliver.add(id);
            } else if (id > highestRead) {
                for (long missing = Math.max(highestRead + 1, id - MAX_GAPS); missing < id; missing++) {
                    gaps.put(missing, now);
                }
                highestRead = id;
                deliver.add(id);
            }
            // otherwise delivered before, skipped, or given up: never twice
        }
        Instant expired = now.minus(gapTimeout);
        gaps.values().removeIf(firstMissed -> !firstMissed.isAfter(expired));
        while (gaps.size() > MAX_GAPS) {
            gaps.pollFirstEntry();
        }
        return deliver;
    }
}
