package io.clearstone.domain.margin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Measure;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.RiskArray;
import io.clearstone.instruments.spi.ScenarioGrid;

/**
 * Every account's portfolio margin, kept in memory and brought up to date one underlying at a time: after a tick
 * of an underlying, only the accounts holding it are re-margined, and no position is re-priced. Each instrument of
 * the underlying is priced once per tick, for one contract (its value and risk array, in USD); an account's scenario
 * P&L on the underlying is then Σ quantity × that unit array. This holds because every plugin's value is linear in
 * quantity and separable in entry price (value = q·f(market) + g(q, entry)): risk arrays, which are differences of
 * values, do not depend on entry at all, and a position's value is q × unit value plus an offset fixed when it was
 * last set, both in the settlement asset (in USD a coin-settled swap's entry term moves with the coin). The contract kit checks the linearity; the offset is re-measured whenever a position changes.
 * <p>
 * <p>
 * A position is never left out because it cannot be valued: it is kept with its quantity and entry, and its account
 * is {@link MarginState#UNPRICED} (neither safe nor to be liquidated) until its instrument has been priced once. Every
 * tick, of any symbol, tries the instruments never priced again (the index missing may be a settlement coin's, not
 * the underlying's), values their waiting positions and re-margins their holders as a tick of their underlying would.
 * <p>
 * An instrument priced before whose index goes stale (any index its pricing read: underlying, settlement coin, or
 * what else its plugin asked of the snapshot) keeps its last arrays, but nothing is decided on them: every account
 * holding it is UNPRICED, naming the index, until the index is fresh again; it is then priced anew and its holders
 * re-margined (and found below maintenance if they are). The book looks for such changes at every tick and whenever
 * {@link #followIndices} is called (a dead feed sends no ticks), through an index of symbol → instruments read with
 * it, so that a tick costs one look-up per index the book depends on, not a scan of the accounts.
 * <p>
 * Not thread-safe: one writer (the margin monitor) owns it.
 */
public final class PortfolioBook {

    private final PortfolioScenarios scenarios;
    private final double marginCallRatio;
    private final double shortDatedContingency;
    private final java.time.Duration shortDatedWindow;
    private final ScenarioGrid grid;
    private final int scenarioCount;
    private final double[] priceMoveOf;
    private final double[] weightOf;

    private final Map<String, Integer> underlyingIndex = new HashMap<>();
    private final List<List<Integer>> instrumentsOfUnderlying = new ArrayList<>();
    private final List<List<Book>> holdersOfUnderlying = new ArrayList<>();
    private final Map<Long, Integer> instrumentIndex = new HashMap<>();
    private final List<Listed> instruments = new ArrayList<>();
    private final Map<Long, Book> accounts = new HashMap<>();
    private final double[] scratch;

    private final java.util.Set<Long> stateChanges = new java.util.LinkedHashSet<>();
    /** Instruments no market has priced yet, tried again at every tick. */
    private final java.util.Set<Listed> neverPriced = new java.util.LinkedHashSet<>();
    /** Accounts holding a position the book cannot value yet. */
    private final java.util.Set<Book> unpricedBooks = new java.util.LinkedHashSet<>();
    /** Index symbol → the instruments whose pricing read it. */
    private final Map<String, List<Listed>> readersOf = new HashMap<>();
    /** The symbols among {@link #readersOf}'s that the last market seen lacked (stale, or gone). */
    private final java.util.Set<String> staleIndices = new java.util.HashSet<>();
    /** Accounts holding an instrument priced before whose index has gone stale since. */
    private final java.util.Set<Book> staleBooks = new java.util.LinkedHashSet<>();

    public PortfolioBook(PortfolioScenarios scenarios, double marginCallRatio) {
        this(scenarios, marginCallRatio, 0, java.time.Duration.ZERO);
    }

    /**
     * @param shortDatedContingency the share of its own worst loss a short position expiring within
     *                              {@code shortDatedWindow} adds, as in {@link PortfolioMarginCalculator}
     */
    public PortfolioBook(PortfolioScenarios scenarios, double marginCallRatio, double shortDatedContingency,
                         java.time.Duration shortDatedWindow) {
        this.scenarios = scenarios;
        this.marginCallRatio = marginCallRatio;
        this.shortDatedContingency = shortDatedContingency;
        this.shortDatedWindow = shortDatedWindow;
        this.grid = scenarios.grid();
        int prices = grid.priceMoves().size();
        int volatilities = grid.volatilityMoves().size();
        this.scenarioCount = prices * volatilities;
        this.priceMoveOf = new double[scenarioCount];
        this.weightOf = new double[scenarioCount];
        this.scratch = new double[scenarioCount];
        for (int p = 0; p < prices; p++) {
            for (int v = 0; v < volatilities; v++) {
                priceMoveOf[p * volatilities + v] = grid.priceMoves().get(p);
                weightOf[p * volatilities + v] = scenarios.weight(p);
            }
        }
    }

    /**
     * @param settlementIndex the index symbol the settlement asset is priced by (USD per unit); equal to the
     *                        underlying for coin-settled instruments, whose USD value moves with the scenario
     */
    public void listInstrument(long instrumentId, ResolvedInstrument resolved, String settlementIndex) {
        listInstrument(instrumentId, resolved, settlementIndex, null);
    }

    /** @param expiry when the instrument expires, if it does (short positions close to it add a contingency) */
    public void listInstrument(long instrumentId, ResolvedInstrument resolved, String settlementIndex,
                               java.time.Instant expiry) {
        int underlying = underlyingIndex.computeIfAbsent(resolved.underlying(), u -> {
            instrumentsOfUnderlying.add(new ArrayList<>());
            holdersOfUnderlying.add(new ArrayList<>());
            return instrumentsOfUnderlying.size() - 1;
        });
        instrumentIndex.put(instrumentId, instruments.size());
        instrumentsOfUnderlying.get(underlying).add(instruments.size());
        Listed listed = new Listed(instruments.size(), instrumentId, resolved, underlying, settlementIndex,
                settlementIndex.equals(resolved.underlying()), new double[scenarioCount]);
        listed.expiry = expiry;
        instruments.add(listed);
        neverPriced.add(listed);
    }

    public boolean isListed(long instrumentId) {
        return instrumentIndex.containsKey(instrumentId);
    }

    /** The instruments the account holds a position in, by id. */
    public List<Long> heldInstruments(long accountId) {
        Book book = accounts.get(accountId);
        List<Long> held = new ArrayList<>();
        if (book != null) {
            for (int slot = 0; slot < book.size; slot++) {
                held.add(instruments.get(book.instrument[slot]).id);
            }
        }
        return held;
    }

    /** Every account in the book. */
    public java.util.Set<Long> accounts() {
        return java.util.Collections.unmodifiableSet(accounts.keySet());
    }

    public void setCollateral(long accountId, double collateralUsd) {
        account(accountId).collateralUsd = collateralUsd;
    }

    /**
     * Sets a position (quantity 0 removes it), measuring its value offset at the market its instrument was last
     * priced with ({@code market} prices an instrument never priced yet). The account's margin on the underlying is
     * brought up to date at once, from the unit arrays of the last tick. A position that cannot be valued is kept
     * all the same, and its account is {@link MarginState#UNPRICED} until it can be.
     */
    public void setPosition(long accountId, long instrumentId, double quantity, double averagePrice,
                            MarketSnapshot market) {
        Listed listed = instruments.get(instrumentIndex.get(instrumentId));
        Book book = account(accountId);
        int slot = book.slotOf(listed.index());
        if (quantity == 0) {
            if (slot >= 0) {
                book.remove(slot);
            }
        } else {
            if (!listed.priced) {
                tryPrice(listed, market);
            }
            double offset = offset(listed, quantity, averagePrice);
            if (slot >= 0) {
                book.quantity[slot] = quantity;
                book.entry[slot] = averagePrice;
                book.offset[slot] = offset;
            } else {
                book.add(listed.index(), quantity, averagePrice, offset);
            }
            if (book.addUnderlying(listed.underlying())) {
                holdersOfUnderlying.get(listed.underlying()).add(book);
            }
        }
        trackPricing(book);
        trackStaleness(book);
        remargin(book, listed.underlying());
    }

    /**
     * The position's value less quantity × unit value, both at the market the instrument was last priced with (so
     * that the next tick moves the two together); NaN while the instrument or the position cannot be valued.
     */
    private double offset(Listed listed, double quantity, double entry) {
        if (!listed.priced) {
            return Double.NaN;
        }
        try {
            OptionalDouble raw = listed.resolved().value(new PositionView(quantity, entry), listed.pricedWith)
                    .value(Measure.PRESENT_VALUE);
            if (raw.isEmpty()) {
                return Double.NaN;
            }
            double value = MarginCalculator.countedValue(raw.getAsDouble(), listed.resolved().collateralHaircut());
            return value - quantity * listed.unitValue;
        } catch (RuntimeException unpriceable) {
            return Double.NaN;
        }
    }

    /** Values the account's positions still waiting for their instrument's first price, where it now has one. */
    private void valueWaiting(Book book) {
        for (int slot = 0; slot < book.size; slot++) {
            if (Double.isNaN(book.offset[slot])) {
                book.offset[slot] = offset(instruments.get(book.instrument[slot]), book.quantity[slot],
                        book.entry[slot]);
            }
        }
        trackPricing(book);
    }

    private void trackPricing(Book book) {
        if (book.hasUnvalued()) {
            unpricedBooks.add(book);
        } else {
            unpricedBooks.remove(book);
        }
    }

    /** Whether the account holds an instrument whose index has gone stale since it was priced. */
    private void trackStaleness(Book book) {
        for (int slot = 0; slot < book.size; slot++) {
            if (!instruments.get(book.instrument[slot]).staleOn.isEmpty()) {
                staleBooks.add(book);
                return;
            }
        }
        staleBooks.remove(book);
    }

    private void tryPrice(Listed listed, MarketSnapshot market) {
        try {
            price(listed, market);
            neverPriced.remove(listed);
            listed.missing = java.util.Set.of();
        } catch (RuntimeException unpriceable) {
            listed.missing = missing(listed, market, unpriceable);
        }
    }

    /** The indices the instrument lacks, or, when it has them, why it still cannot be priced. */
    private static java.util.Set<String> missing(Listed listed, MarketSnapshot market, RuntimeException why) {
        java.util.Set<String> absent = new java.util.TreeSet<>();
        for (String symbol : List.of(listed.settlementIndex(), listed.resolved().underlying())) {
            if (market.indexPrice(symbol).isEmpty()) {
                absent.add(symbol);
            }
        }
        if (absent.isEmpty()) {
            absent.add("instrument " + listed.id + ": " + why.getMessage());
        }
        return absent;
    }

    /**
     * The accounts holding a position the book cannot value now, each with what is missing: the index symbols
     * (e.g. {@code USDC-USD}), or why an instrument that has them still cannot be priced.
     */
    public Map<Long, java.util.SortedSet<String>> unpriced() {
        Map<Long, java.util.SortedSet<String>> found = new java.util.TreeMap<>();
        java.util.Set<Book> books = new java.util.LinkedHashSet<>(unpricedBooks);
        books.addAll(staleBooks);
        for (Book book : books) {
            java.util.SortedSet<String> missing = new java.util.TreeSet<>();
            for (int slot = 0; slot < book.size; slot++) {
                Listed listed = instruments.get(book.instrument[slot]);
                missing.addAll(listed.staleOn);
                if (Double.isNaN(book.offset[slot])) {
                    if (listed.priced) {
                        missing.add("position in instrument " + listed.id);
                    } else {
                        missing.addAll(listed.missing);
                    }
                }
            }
            found.put(book.accountId, missing);
        }
        return found;
    }

    /** The instruments held or listed that no market has priced yet (each is tried again at every tick). */
    public List<Long> unpricedInstruments() {
        return neverPriced.stream().map(listed -> listed.id).toList();
    }

    /**
     * Re-prices the underlying's instruments once and re-margins every account holding it.
     *
     * @return the accounts holding it that are now below maintenance (liquidation or bankrupt)
     */
    public List<Long> onTick(String underlying, MarketSnapshot market) {
        return onTick(underlying, market, Map.of());
    }

    /**
     * As {@link #onTick(String, MarketSnapshot)}, with instruments that see the market their own way (a swap with
     * its venues' quotes) priced with their own snapshot.
     *
     * @param ownMarkets instrument id → its snapshot, for the instruments that need one
     */
    public List<Long> onTick(String underlying, MarketSnapshot market, Map<Long, MarketSnapshot> ownMarkets) {
        return onTick(underlying, market, ownMarkets, id -> ownMarkets.getOrDefault(id, market));
    }

    /**
     * As {@link #onTick(String, MarketSnapshot, Map)}, with the instruments priced off their underlying's tick (never
     * priced yet, or their stale index fresh again) given their own snapshot by {@code ownMarketOf}.
     */
    public List<Long> onTick(String underlying, MarketSnapshot market, Map<Long, MarketSnapshot> ownMarkets,
                             java.util.function.LongFunction<MarketSnapshot> ownMarketOf) {
        java.util.Set<Integer> touched = new java.util.LinkedHashSet<>();
        java.util.Set<Integer> staleChanged = followStaleness(market, ownMarketOf);
        touched.addAll(staleChanged);
        List<Listed> waiting = List.copyOf(neverPriced);
        for (Listed listed : waiting) {
            tryPrice(listed, ownMarketOf.apply(listed.id));
            if (listed.priced) {
                touched.add(listed.underlying());
            }
        }
        Integer u = underlyingIndex.get(underlying);
        if (u != null) {
            touched.add(u);
            for (int i : instrumentsOfUnderlying.get(u)) {
                Listed listed = instruments.get(i);
                if (waiting.contains(listed)) {
                    continue; // just tried
                }
                try {
                    price(listed, ownMarkets.getOrDefault(listed.id, market));
                } catch (RuntimeException unpriceable) {
                    // one instrument that cannot be priced now keeps its last arrays; the others are re-margined
                    java.util.logging.Logger.getLogger(PortfolioBook.class.getName()).fine(() -> "instrument "
                            + listed.id + " not repriced: " + unpriceable.getMessage());
                }
            }
        }
        return remarginHolders(touched, staleChanged);
    }

    /**
     * Looks for indices the book values positions on that have gone stale, or fresh again, in {@code market}
     * without a tick (a dead feed sends none): the holders of what they price become UNPRICED, or are priced
     * anew and re-margined.
     *
     * @return the accounts re-margined that are now below maintenance
     */
    public List<Long> followIndices(MarketSnapshot market,
                                    java.util.function.LongFunction<MarketSnapshot> ownMarketOf) {
        java.util.Set<Integer> changed = followStaleness(market, ownMarketOf);
        return changed.isEmpty() ? List.of() : remarginHolders(changed, changed);
    }

    /**
     * Marks the instruments read with an index absent from {@code market} stale, and prices again those whose every
     * stale index is back.
     *
     * @return the underlyings of the instruments whose staleness changed
     */
    private java.util.Set<Integer> followStaleness(MarketSnapshot market,
                                                   java.util.function.LongFunction<MarketSnapshot> ownMarketOf) {
        java.util.Set<Integer> changed = new java.util.LinkedHashSet<>();
        List<Listed> freshAgain = new ArrayList<>();
        for (Map.Entry<String, List<Listed>> readers : readersOf.entrySet()) {
            String symbol = readers.getKey();
            boolean fresh = market.indexPrice(symbol).isPresent();
            if (!fresh && staleIndices.add(symbol)) {
                for (Listed listed : readers.getValue()) {
                    listed.staleOn.add(symbol);
                    changed.add(listed.underlying());
                }
            } else if (fresh && staleIndices.remove(symbol)) {
                for (Listed listed : readers.getValue()) {
                    if (listed.staleOn.remove(symbol) && listed.staleOn.isEmpty()) {
                        freshAgain.add(listed);
                    }
                    changed.add(listed.underlying());
                }
            }
        }
        for (Listed listed : freshAgain) {
            try {
                price(listed, ownMarketOf.apply(listed.id));
            } catch (RuntimeException unpriceable) {
                java.util.logging.Logger.getLogger(PortfolioBook.class.getName()).fine(() -> "instrument "
                        + listed.id + " not repriced: " + unpriceable.getMessage());
            }
        }
        return changed;
    }

    /**
     * Re-margins every holder of the underlyings, first telling again which of them hold a stale instrument where
     * that may have changed.
     */
    private List<Long> remarginHolders(java.util.Set<Integer> touched, java.util.Set<Integer> staleChanged) {
        java.util.Set<Long> below = new java.util.LinkedHashSet<>();
        for (int t : touched) {
            boolean restale = staleChanged.contains(t);
            for (Book book : holdersOfUnderlying.get(t)) {
                if (isUnpriced(book)) {
                    valueWaiting(book);
                }
                if (restale) {
                    trackStaleness(book);
                }
                remargin(book, t);
                MarginState now = state(book);
                if (now.requiresLiquidation()) {
                    below.add(book.accountId);
                }
                if (now != book.reportedState) {
                    book.reportedState = now;
                    stateChanges.add(book.accountId);
                }
            }
        }
        return List.copyOf(below);
    }

    /**
     * The accounts whose margin state changed on the ticks since the last call (a new margin call, a return to
     * health), each once; the state itself is {@link #margin}'s.
     */
    public List<Long> drainStateChanges() {
        List<Long> changed = List.copyOf(stateChanges);
        stateChanges.clear();
        return changed;
    }

    /** The account's margin as of the last tick of each of its underlyings. */
    public Margin margin(long accountId) {
        Book book = accounts.get(accountId);
        if (book == null) {
            return new Margin(accountId, 0, 0, 0, MarginState.HEALTHY);
        }
        return new Margin(accountId, book.collateralUsd + book.totalValue, book.totalMaintenance, book.totalValue,
                state(book));
    }

    /** A set look-up, not a scan of the account's positions: the tick's hot path asks for every holder. */
    private boolean isUnpriced(Book book) {
        return !unpricedBooks.isEmpty() && unpricedBooks.contains(book);
    }

    private boolean isStale(Book book) {
        return !staleBooks.isEmpty() && staleBooks.contains(book);
    }

    private MarginState state(Book book) {
        if (isUnpriced(book) || isStale(book)) {
            return MarginState.UNPRICED;
        }
        return MarginState.of(book.collateralUsd + book.totalValue, book.totalMaintenance, marginCallRatio);
    }

    /** Accounts at or beyond liquidation, among those holding the underlying. */
    public List<Long> belowMaintenance(String underlying) {
        Integer u = underlyingIndex.get(underlying);
        List<Long> found = new ArrayList<>();
        if (u != null) {
            for (Book book : holdersOfUnderlying.get(u)) {
                MarginState state = margin(book.accountId).state();
                if (state == MarginState.LIQUIDATION || state == MarginState.BANKRUPT) {
                    found.add(book.accountId);
                }
            }
        }
        return found;
    }

    private void remargin(Book book, int underlying) {
        double[] pnl = scratch;
        java.util.Arrays.fill(pnl, 0);
        double value = 0;
        double coinSettledValue = 0;
        double contingency = 0;
        for (int slot = 0; slot < book.size; slot++) {
            Listed listed = instruments.get(book.instrument[slot]);
            if (listed.underlying() != underlying || Double.isNaN(book.offset[slot])) {
                continue; // another underlying's, or not valued yet (the account is unpriced)
            }
            double q = book.quantity[slot];
            double[] unit = listed.unitPnlUsd();
            for (int s = 0; s < scenarioCount; s++) {
                pnl[s] += q * unit[s];
            }
            double positionValue = (q * listed.unitValue + book.offset[slot]) * listed.toUsd;
            value += positionValue;
            if (listed.coinSettled()) {
                coinSettledValue += positionValue;
            }
            if (q < 0 && listed.shortDated) {
                contingency += shortDatedContingency * ownWorstLoss(q, unit, listed.coinSettled() ? positionValue : 0);
            }
        }
        double worst = 0;
        for (int s = 0; s < scenarioCount; s++) {
            // a coin-settled position's value now, in USD, also moves with the coin: + V·m
            double loss = -(pnl[s] + coinSettledValue * priceMoveOf[s]) * weightOf[s];
            worst = Math.max(worst, loss);
        }
        book.set(underlying, worst + contingency, value);
    }

    private double ownWorstLoss(double quantity, double[] unit, double coinSettledValue) {
        double worst = 0;
        for (int s = 0; s < scenarioCount; s++) {
            worst = Math.max(worst, -(quantity * unit[s] + coinSettledValue * priceMoveOf[s]) * weightOf[s]);
        }
        return worst;
    }

    /** One contract's value and scenario P&L, in USD (unit P&L before the coin's own move, added per account). */
    private void price(Listed listed, MarketSnapshot common) {
        java.util.Set<String> read = new java.util.HashSet<>();
        MarketSnapshot market = common.observingIndexReads(read::add);
        OptionalDouble toUsd = market.indexPrice(listed.settlementIndex());
        if (toUsd.isEmpty()) {
            throw new IllegalStateException("no index " + listed.settlementIndex());
        }
        // any fixed, finite entry will do (see the class comment): the index when first priced
        double referenceEntry = Double.isNaN(listed.referenceEntry)
                ? market.indexPrice(listed.resolved().underlying()).orElse(1) : listed.referenceEntry;
        PositionView one = new PositionView(1, referenceEntry);
        io.clearstone.instruments.spi.Valuation valuation = listed.resolved().value(one, market);
        // a failed valuation is no valuation: never a value of 0
        double unitValue = valuation.value(Measure.PRESENT_VALUE).orElseThrow(() -> new IllegalStateException(
                "instrument " + listed.id + " not valued: " + valuation.failuresByName()));
        RiskArray array = listed.resolved().riskArray(one, market, grid);
        int volatilities = grid.volatilityMoves().size();
        for (int p = 0; p < array.pnl().length; p++) {
            double coinMove = listed.coinSettled() ? grid.priceMoves().get(p) : 0;
            for (int v = 0; v < volatilities; v++) {
                listed.unitPnlUsd()[p * volatilities + v] = array.pnl()[p][v] * toUsd.getAsDouble() * (1 + coinMove);
            }
        }
        // the book sums quantity × unit value: a haircut instrument's holdings are all long (notes cannot be shorted)
        listed.unitValue = Double.isFinite(unitValue)
                ? MarginCalculator.countedValue(unitValue, listed.resolved().collateralHaircut()) : 0;
        listed.shortDated = listed.expiry != null
                && listed.expiry.isBefore(market.valuationTime().plus(shortDatedWindow));
        listed.toUsd = toUsd.getAsDouble();
        listed.referenceEntry = referenceEntry;
        listed.pricedWith = common;
        listed.priced = true;
        read.add(listed.resolved().underlying());
        for (String symbol : read) {
            if (listed.reads.add(symbol)) {
                readersOf.computeIfAbsent(symbol, s -> new ArrayList<>()).add(listed);
            }
        }
    }

    private Book account(long accountId) {
        return accounts.computeIfAbsent(accountId, Book::new);
    }

    /** An account's margin from the book. */
    public record Margin(long accountId, double equityUsd, double maintenanceUsd, double positionsValueUsd,
                         MarginState state) {
    }

    /** An instrument and its unit pricing at the last tick. */
    private static final class Listed {
        private final int index;
        private final long id;
        private final ResolvedInstrument resolved;
        private final int underlying;
        private final String settlementIndex;
        private final boolean coinSettled;
        private final double[] unitPnlUsd;
        /** One contract's value in the settlement asset, and that asset's USD price, at the last tick. */
        private double unitValue;
        private double toUsd;
        private double referenceEntry = Double.NaN;
        private java.time.Instant expiry;
        private boolean shortDated;
        private boolean priced;
        /** The market it was last priced with: the positions' offsets are measured with it. */
        private MarketSnapshot pricedWith;
        /** Until first priced: the index symbols it lacked at the last try, or why it failed. */
        private java.util.Set<String> missing = java.util.Set.of();
        /** Every index symbol a pricing of it has read. */
        private final java.util.Set<String> reads = new java.util.HashSet<>();
        /** The indices it was priced with that have gone stale since: while any, its holders are unpriced. */
        private final java.util.SortedSet<String> staleOn = new java.util.TreeSet<>();

        Listed(int index, long id, ResolvedInstrument resolved, int underlying, String settlementIndex,
               boolean coinSettled, double[] unitPnlUsd) {
            this.index = index;
            this.id = id;
            this.resolved = resolved;
            this.underlying = underlying;
            this.settlementIndex = settlementIndex;
            this.coinSettled = coinSettled;
            this.unitPnlUsd = unitPnlUsd;
        }

        ResolvedInstrument resolved() {
            return resolved;
        }

        int underlying() {
            return underlying;
        }

        String settlementIndex() {
            return settlementIndex;
        }

        boolean coinSettled() {
            return coinSettled;
        }

        double[] unitPnlUsd() {
            return unitPnlUsd;
        }

        int index() {
            return index;
        }
    }

    /**
     * One account: parallel arrays of its positions, and, per underlying it holds, its maintenance margin and
     * positions' value as of the last re-margin, with running totals.
     */
    private static final class Book {
        private final long accountId;
        private double collateralUsd;
        private int[] instrument = new int[4];
        private double[] quantity = new double[4];
        private double[] entry = new double[4];
        /** NaN while the position cannot be valued. */
        private double[] offset = new double[4];
        private int size;
        private int[] underlyings = new int[2];
        private double[] maintenanceOf = new double[2];
        private double[] valueOf = new double[2];
        private int underlyingCount;
        private double totalMaintenance;
        private double totalValue;
        private MarginState reportedState = MarginState.HEALTHY;

        Book(long accountId) {
            this.accountId = accountId;
        }

        int slotOf(int instrumentIndex) {
            for (int slot = 0; slot < size; slot++) {
                if (instrument[slot] == instrumentIndex) {
                    return slot;
                }
            }
            return -1;
        }

        /** @return whether the underlying is new to this account */
        boolean addUnderlying(int underlying) {
            for (int i = 0; i < underlyingCount; i++) {
                if (underlyings[i] == underlying) {
                    return false;
                }
            }
            if (underlyingCount == underlyings.length) {
                underlyings = java.util.Arrays.copyOf(underlyings, underlyingCount * 2);
                maintenanceOf = java.util.Arrays.copyOf(maintenanceOf, underlyingCount * 2);
                valueOf = java.util.Arrays.copyOf(valueOf, underlyingCount * 2);
            }
            underlyings[underlyingCount++] = underlying;
            return true;
        }

        void set(int underlying, double maintenance, double value) {
            for (int i = 0; i < underlyingCount; i++) {
                if (underlyings[i] == underlying) {
                    totalMaintenance += maintenance - maintenanceOf[i];
                    totalValue += value - valueOf[i];
                    maintenanceOf[i] = maintenance;
                    valueOf[i] = value;
                    return;
                }
            }
        }

        void add(int instrumentIndex, double q, double averagePrice, double valueOffset) {
            if (size == instrument.length) {
                instrument = java.util.Arrays.copyOf(instrument, size * 2);
                quantity = java.util.Arrays.copyOf(quantity, size * 2);
                entry = java.util.Arrays.copyOf(entry, size * 2);
                offset = java.util.Arrays.copyOf(offset, size * 2);
            }
            instrument[size] = instrumentIndex;
            quantity[size] = q;
            entry[size] = averagePrice;
            offset[size] = valueOffset;
            size++;
        }

        void remove(int slot) {
            size--;
            instrument[slot] = instrument[size];
            quantity[slot] = quantity[size];
            entry[slot] = entry[size];
            offset[slot] = offset[size];
        }

        boolean hasUnvalued() {
            for (int slot = 0; slot < size; slot++) {
                if (Double.isNaN(offset[slot])) {
                    return true;
                }
            }
            return false;
        }
    }
}
