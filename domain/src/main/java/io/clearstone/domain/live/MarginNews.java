package io.clearstone.domain.live;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.clearstone.domain.margin.MarginState;
import io.clearstone.domain.margin.MarginStateSeen;

/**
 * Which margin assessments are news: the margin monitor reports every account it assesses at every tick, but only a
 * change of state is worth telling (a new margin call, an account back to health; a first sighting only if it is
 * not healthy). The live stream and the cluster relay each keep one, so that both tell the same changes.
 */
public final class MarginNews {

    private final Map<Long, MarginStateSeen> lastSeen = new ConcurrentHashMap<>();

    /** Records what was seen; answers whether it changed the account's state. */
    public boolean isNews(MarginStateSeen seen) {
        MarginStateSeen before = lastSeen.put(seen.accountId(), seen);
        MarginState was = before == null ? null : before.state();
        return was != seen.state() && (was != null || seen.state() != MarginState.HEALTHY);
    }

    /** The account starts afresh (it was liquidated): its next margin call is news again. */
    public void forget(long accountId) {
        lastSeen.remove(accountId);
    }

    /** The accounts last seen in a margin call or worse, by id. */
    public List<MarginStateSeen> notHealthy() {
        return lastSeen.values().stream().filter(s -> s.state() != MarginState.HEALTHY)
                .sorted(Comparator.comparingLong(MarginStateSeen::accountId)).toList();
    }
}
