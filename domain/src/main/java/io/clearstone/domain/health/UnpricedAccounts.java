package io.clearstone.domain.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The accounts the margin monitor cannot value now, and what each lacks (an index symbol such as {@code USDC-USD},
 * or why an instrument that has its prices still cannot be valued): the portfolio accounts as the margin book last
 * found them, the standard ones as their last assessment did. Such an account is neither safe nor liquidated until
 * it can be valued again; this is where risk officers, the readiness check and the log learn of it. Lock-free, so
 * that reading it never waits on the book. Lives with the health checks in the EAR's {@code lib/}, where the margin
 * modules can reach it and the readiness check can be registered.
 */
@ApplicationScoped
public class UnpricedAccounts {

    private static final Logger LOG = Logger.getLogger(UnpricedAccounts.class.getName());
    private static final int ACCOUNTS_LOGGED = 10;
    private static final String NONE = "0 accounts unpriced";

    /** One account that cannot be valued, by margin method ({@code PORTFOLIO} or {@code STANDARD}). */
    public record Account(long accountId, String marginMethod, SortedSet<String> missing) {
    }

    /**
     * What the API and the readiness check show.
     *
     * @param bookLoadedAt       when the margin book last read the database, or null before its first use
     * @param portfolioAccounts  the portfolio accounts in the book
     * @param portfolioPositions the positions it holds, valued or not
     * @param since              since when some account has been unpriced without a break, or null when none is
     */
    public record Status(Instant bookLoadedAt, int portfolioAccounts, long portfolioPositions, int unpricedAccounts,
                         SortedSet<String> missing, Instant since, List<Account> accounts) {
    }

    private record Book(Instant loadedAt, int accounts, long positions) {
    }

    private volatile Book book = new Book(null, 0, 0);
    private volatile Map<Long, SortedSet<String>> portfolio = Map.of();
    private final Map<Long, SortedSet<String>> standard = new ConcurrentHashMap<>();
    private volatile Instant since;
    /** What the last WARN (or INFO) said: nothing is news until something is unpriced. */
    private String lastLogged = NONE;

    /** The margin book has read the database. */
    public void bookLoaded(Instant at, int accounts, long positions) {
        book = new Book(at, accounts, positions);
    }

    /** The margin book's portfolio accounts that cannot be valued, replacing the last report. */
    public void portfolio(Map<Long, ? extends SortedSet<String>> unpriced, Instant now) {
        portfolio = Map.copyOf(unpriced);
        changed(now);
    }

    /** A standard account whose assessment failed for want of a price. */
    public void standardUnpriced(long accountId, String missing, Instant now) {
        SortedSet<String> was = standard.put(accountId, new TreeSet<>(java.util.Set.of(missing)));
        if (was == null || !was.contains(missing)) {
            changed(now);
        }
    }

    /** A standard account assessed in full. */
    public void standardPriced(long accountId, Instant now) {
        if (standard.remove(accountId) != null) {
            changed(now);
        }
    }

    /** After a sweep of every standard account that can be at risk: the others (flat now) are no longer unpriced. */
    public void standardRetain(java.util.Collection<Long> assessed, Instant now) {
        if (standard.keySet().retainAll(new java.util.HashSet<>(assessed))) {
            changed(now);
        }
    }

    public Status status() {
        Map<Long, Account> all = new TreeMap<>();
        portfolio.forEach((id, missing) -> all.put(id, new Account(id, "PORTFOLIO", missing)));
        standard.forEach((id, missing) -> all.put(id, new Account(id, "STANDARD", missing)));
        SortedSet<String> missing = all.values().stream().flatMap(a -> a.missing().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Book loaded = book;
        return new Status(loaded.loadedAt(), loaded.accounts(), loaded.positions(), all.size(), missing,
                all.isEmpty() ? null : since, new ArrayList<>(all.values()));
    }

    /** Keeps {@link #since} and logs a WARN whenever the count or what is missing changes. */
    private synchronized void changed(Instant now) {
        Status status = status();
        if (status.unpricedAccounts() == 0) {
            since = null;
        } else if (since == null) {
            since = now;
        }
        String line = describe(status);
        if (!line.equals(lastLogged)) {
            lastLogged = line;
            if (status.unpricedAccounts() == 0) {
                LOG.info("margin: every account can be valued again");
            } else {
                LOG.warning(() -> "margin: " + line);
            }
        }
    }

    /** E.g. "3 accounts unpriced: missing USDC-USD (accounts 12, 15, 18)". */
    public static String describe(Status status) {
        if (status.unpricedAccounts() == 0) {
            return NONE;
        }
        List<Account> accounts = status.accounts();
        String ids = accounts.stream().limit(ACCOUNTS_LOGGED).map(a -> String.valueOf(a.accountId()))
                .collect(Collectors.joining(", "));
        return status.unpricedAccounts() + (status.unpricedAccounts() == 1 ? " account" : " accounts")
                + " unpriced: missing " + String.join(", ", status.missing())
                + " (accounts " + ids + (accounts.size() > ACCOUNTS_LOGGED ? ", …" : "") + ")";
    }
}
