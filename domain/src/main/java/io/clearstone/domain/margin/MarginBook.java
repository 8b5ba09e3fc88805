package io.clearstone.domain.margin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import io.clearstone.domain.account.MarginMethod;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.health.UnpricedAccounts;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The server's {@link PortfolioBook} of every portfolio-margined account, read from the database on first use and
 * kept current by re-reading the accounts {@link DirtyAccounts} reports before each use. It only picks candidates:
 * an index tick re-margins the accounts holding that underlying (or collateral priced by it) in memory, and those it
 * finds below maintenance go to liquidation, which decides again from the database under a lock.
 * <p>
 * Every position read is kept, whether or not it can be valued now: an account with one the book cannot value is
 * UNPRICED (see {@link MarginState#UNPRICED}), reported to {@link UnpricedAccounts} (API, readiness, a WARN line), and
 * valued, and liquidated if need be, at the first tick after its missing index returns. The same holds for an index
 * that goes stale after the book priced with it: at each tick, and at each sweep ({@link #belowMaintenance}, since a
 * dead feed sends no ticks), the book looks for the indices it depends on that are no longer fresh. Collateral whose
 * index is stale counts for nothing, as {@link MarginCalculator#collateralUsd} counts it for the standard method and
 * for liquidation.
 */
@Singleton
@AccessTimeout(value = 2, unit = java.util.concurrent.TimeUnit.MINUTES)
public class MarginBook {

    private static final Logger LOG = Logger.getLogger(MarginBook.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @Inject
    MarketSnapshots markets;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @Inject
    AssetRepository assets;
    @Inject
    MarginConfiguration configuration;
    @Inject
    DirtyAccounts dirty;
    @Inject
    jakarta.enterprise.event.Event<MarginStateSeen> seen;
    @Inject
    UnpricedAccounts unpriced;
    @Inject
    java.time.Clock clock;

    private PortfolioBook book;
    private final Map<Long, Map<String, Double>> balances = new HashMap<>();
    private final Map<String, Set<Long>> holdersOfCollateral = new HashMap<>();
    private final Map<String, Asset> assetsBySymbol = new HashMap<>();
    private final Map<Long, MarketSnapshot> ownMarketCache = new HashMap<>();
    /** Positions in instruments that could not even be resolved, by account: read again before each use. */
    private final Map<Long, Map<Long, BigDecimal[]>> unresolved = new HashMap<>();
    /** The collateral indices the last market seen lacked: their holders' collateral counted as zero. */
    private final Set<String> staleCollateral = new HashSet<>();

    /** Re-margins after a tick of {@code symbol}; returns the portfolio accounts now below maintenance. */
    public List<Long> tick(String symbol) {
        MarketSnapshot market = markets.current();
        prepare(market);
        Set<Long> below = new HashSet<>(book.onTick(symbol, market, ownMarkets(symbol, market),
                id -> ownMarketCache.computeIfAbsent(id, i -> ownMarket(i, market))));
        revalueCollateral(holdersOfCollateral.getOrDefault(symbol, Set.of()), market, below);
        followCollateral(market, below);
        publishStateChanges();
        reportUnpriced();
        return List.copyOf(below);
    }

    /**
     * Re-values the collateral of the holders of each collateral index that has gone stale (it counts for nothing) or
     * fresh again since the last market seen.
     */
    private void followCollateral(MarketSnapshot market, Set<Long> below) {
        for (Map.Entry<String, Set<Long>> holders : holdersOfCollateral.entrySet()) {
            boolean fresh = market.indexPrice(holders.getKey()).isPresent();
            if (fresh ? staleCollateral.remove(holders.getKey()) : staleCollateral.add(holders.getKey())) {
                revalueCollateral(holders.getValue(), market, below);
            }
        }
    }

    private void revalueCollateral(Set<Long> holders, MarketSnapshot market, Set<Long> below) {
        for (long account : holders) {
            book.setCollateral(account, collateral(account, market));
            if (book.margin(account).state().requiresLiquidation()) {
                below.add(account);
            }
        }
    }

    private void publishStateChanges() {
        for (long account : book.drainStateChanges()) {
            PortfolioBook.Margin margin = book.margin(account);
            seen.fire(new MarginStateSeen(account, margin.state(),
                    MarginState.ratio(margin.equityUsd(), margin.maintenanceUsd()), margin.equityUsd(),
                    margin.maintenanceUsd()));
        }
    }

    /** Forgets the book and reads every portfolio account again now, e.g. after an operator fixed the data. */
    public void reload() {
        reset();
        MarketSnapshot market = markets.current();
        prepare(market);
        reportUnpriced();
    }

    /** Every portfolio account below maintenance by the book (after reading changed accounts again). */
    public List<Long> belowMaintenance() {
        MarketSnapshot market = markets.current();
        prepare(market);
        // the indices gone stale or fresh without a tick: a dead feed sends none
        book.followIndices(market, id -> ownMarketCache.computeIfAbsent(id, i -> ownMarket(i, market)));
        followCollateral(market, new HashSet<>());
        publishStateChanges();
        reportUnpriced();
        return book.accounts().stream().filter(a -> book.margin(a).state().requiresLiquidation()).sorted().toList();
    }

    private void prepare(MarketSnapshot market) {
        if (book == null) {
            book = new PortfolioBook(configuration.scenarios(), configuration.marginCallRatio(),
                    configuration.shortDatedContingency(), configuration.shortDatedWindow());
            dirty.drain();
            loadAll(market);
        }
        for (long account : dirty.drain()) {
            reload(account, market);
        }
        retryUnresolved(market);
        ownMarketCache.clear();
    }

    private void retryUnresolved(MarketSnapshot market) {
        if (unresolved.isEmpty()) {
            return;
        }
        Map<Long, Map<Long, BigDecimal[]>> waiting = new HashMap<>(unresolved);
        unresolved.clear();
        waiting.forEach((account, positions) -> positions.forEach((instrument, held) ->
                setPosition(account, instrument, held[0], held[1], market)));
    }

    /** @return the portfolio accounts that cannot be valued now, with what each lacks, as reported */
    private Map<Long, java.util.SortedSet<String>> reportUnpriced() {
        Map<Long, java.util.SortedSet<String>> found = new java.util.TreeMap<>(book.unpriced());
        unresolved.forEach((account, positions) -> positions.keySet().forEach(instrument -> found
                .computeIfAbsent(account, a -> new java.util.TreeSet<>()).add("instrument " + instrument
                        + " unresolved")));
        unpriced.portfolio(found, clock.instant());
        return found;
    }

    /** Two queries for the whole book, not three per account. */
    private void loadAll(MarketSnapshot market) {
        long started = System.nanoTime();
        Map<Long, Map<String, Double>> held = new HashMap<>();
        em.createQuery("select b.key.accountId, b.key.asset, b.amount from Balance b, Account a "
                        + "where b.key.accountId = a.id and a.marginMethod = :portfolio and b.amount <> 0",
                        Object[].class).setParameter("portfolio", MarginMethod.PORTFOLIO).getResultStream()
                .forEach(row -> held.computeIfAbsent((Long) row[0], a -> new HashMap<>())
                        .put((String) row[1], ((BigDecimal) row[2]).doubleValue()));
        held.forEach((account, amounts) -> setBalances(account, amounts, market));
        long[] count = {0};
        em.createQuery("select p.key.accountId, p.key.instrumentId, p.quantity, p.averagePrice from Position p, "
                        + "Account a where p.key.accountId = a.id and a.marginMethod = :portfolio and p.quantity <> 0",
                        Object[].class).setParameter("portfolio", MarginMethod.PORTFOLIO).getResultStream()
                .forEach(row -> {
                    setPosition((Long) row[0], (Long) row[1], (BigDecimal) row[2], (BigDecimal) row[3], market);
                    count[0]++;
                });
        long millis = (System.nanoTime() - started) / 1_000_000;
        unpriced.bookLoaded(clock.instant(), book.accounts().size(), count[0]);
        Map<Long, java.util.SortedSet<String>> notValued = reportUnpriced();
        String loaded = "margin book loaded: " + book.accounts().size() + " portfolio accounts, " + count[0]
                + " positions in " + millis + " ms";
        if (notValued.isEmpty()) {
            LOG.info(loaded);
        } else {
            // the positions that cannot be valued are in the count too: say so, loudly, with what they lack
            Set<String> missing = new java.util.TreeSet<>();
            notValued.values().forEach(missing::addAll);
            LOG.warning(() -> loaded + ", " + notValued.size() + (notValued.size() == 1 ? " account" : " accounts")
                    + " unpriced: missing " + String.join(", ", missing));
        }
    }

    private void setBalances(long accountId, Map<String, Double> held, MarketSnapshot market) {
        balances.put(accountId, held);
        held.keySet().forEach(asset -> holdersOfCollateral.computeIfAbsent(asset(asset).oracleSymbol(),
                s -> new HashSet<>()).add(accountId));
        book.setCollateral(accountId, collateral(accountId, market));
    }

    /** Keeps the position whatever happens: the book values it when it can, and says so when it cannot. */
    private void setPosition(long accountId, long instrumentId, BigDecimal quantity, BigDecimal averagePrice,
                             MarketSnapshot market) {
        try {
            list(instrumentId);
        } catch (RuntimeException unresolvable) {
            LOG.log(java.util.logging.Level.WARNING, "margin book cannot resolve instrument " + instrumentId
                    + " of account " + accountId + "; the account is unpriced", unresolvable);
            unresolved.computeIfAbsent(accountId, a -> new HashMap<>())
                    .put(instrumentId, new BigDecimal[] {quantity, averagePrice});
            return;
        }
        MarketSnapshot own = ownMarketCache.computeIfAbsent(instrumentId, id -> ownMarket(id, market));
        book.setPosition(accountId, instrumentId, quantity.doubleValue(), averagePrice.doubleValue(), own);
    }

    /** The instrument's own view of the market, or the common one while its own cannot be had. */
    private MarketSnapshot ownMarket(long instrumentId, MarketSnapshot market) {
        try {
            return instrumentMarkets.of(instruments.require(instrumentId), market);
        } catch (RuntimeException unavailable) {
            LOG.fine(() -> "instrument " + instrumentId + " priced with the common market: "
                    + unavailable.getMessage());
            return market;
        }
    }

    private void reload(long accountId, MarketSnapshot market) {
        Object method = em.createQuery("select a.marginMethod from Account a where a.id = :a")
                .setParameter("a", accountId).getResultStream().findFirst().orElse(null);
        if (method != MarginMethod.PORTFOLIO) {
            return;
        }
        Map<String, Double> held = new HashMap<>();
        em.createQuery("select b.key.asset, b.amount from Balance b where b.key.accountId = :a and b.amount <> 0",
                Object[].class).setParameter("a", accountId).getResultStream()
                .forEach(row -> held.put((String) row[0], ((BigDecimal) row[1]).doubleValue()));
        setBalances(accountId, held, market);
        unresolved.remove(accountId);
        Set<Long> stillHeld = new HashSet<>();
        List<Object[]> positions = em.createQuery("select p.key.instrumentId, p.quantity, p.averagePrice "
                + "from Position p where p.key.accountId = :a and p.quantity <> 0", Object[].class)
                .setParameter("a", accountId).getResultList();
        for (Object[] row : positions) {
            setPosition(accountId, (Long) row[0], (BigDecimal) row[1], (BigDecimal) row[2], market);
            stillHeld.add((Long) row[0]);
        }
        for (long instrumentId : book.heldInstruments(accountId)) {
            if (!stillHeld.contains(instrumentId)) {
                book.setPosition(accountId, instrumentId, 0, 0, market);
            }
        }
    }

    private void list(long instrumentId) {
        if (!book.isListed(instrumentId)) {
            Instrument instrument = instruments.require(instrumentId);
            book.listInstrument(instrumentId, instruments.resolve(instrument),
                    asset(instrument.settlementAsset()).oracleSymbol(), instrument.expiresAt());
        }
    }

    /**
     * The snapshots of instruments that see the market their own way: swaps with their venues' quotes, tranche notes
     * with their pool's state; the others use the common one.
     */
    private Map<Long, MarketSnapshot> ownMarkets(String symbol, MarketSnapshot market) {
        Map<Long, MarketSnapshot> own = new HashMap<>();
        java.util.stream.Stream.concat(
                        em.createQuery("select distinct q.instrumentId from VenueObservation q, Instrument i "
                                + "where q.instrumentId = i.id and i.underlying = :s", Long.class)
                                .setParameter("s", symbol).getResultStream(),
                        em.createQuery("select t.instrumentId from PoolTranche t, Instrument i "
                                + "where t.instrumentId = i.id and i.underlying = :s", Long.class)
                                .setParameter("s", symbol).getResultStream())
                .filter(book::isListed)
                .forEach(id -> own.put(id, ownMarket(id, market)));
        return own;
    }

    private double collateral(long accountId, MarketSnapshot market) {
        double total = 0;
        for (Map.Entry<String, Double> balance : balances.getOrDefault(accountId, Map.of()).entrySet()) {
            total += MarginCalculator.collateralUsd(asset(balance.getKey()), balance.getValue(), market);
        }
        return total;
    }

    private Asset asset(String symbol) {
        return assetsBySymbol.computeIfAbsent(symbol, s -> assets.require(s, "asset"));
    }

    /** Forgets everything; the next use reads the database again (e.g. after a collateral weight changes). */
    public void reset() {
        book = null;
        balances.clear();
        holdersOfCollateral.clear();
        assetsBySymbol.clear();
        ownMarketCache.clear();
        unresolved.clear();
        staleCollateral.clear();
    }
}
