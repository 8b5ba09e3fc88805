package io.clearstone.instruments.spi;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Market data at one instant: index prices, interest rates, volatility surfaces. Immutable; {@link #shocked} gives a
 * scenario's version of it.
 *
 * <p>Kinds of market data the SPI does not name travel as <em>keyed market data</em>: a {@link MarketDataKey} a plugin
 * defines, its value put with {@link Builder#put} or {@link #with} and read with {@link #get}. Every copy of a snapshot
 * ({@link #shocked}, {@link #withVenueQuotes}, {@link #withCreditPool}, {@link #observingIndexReads}) carries the keyed
 * data unchanged: a scenario shocks the index and volatility only, so an instrument that depends on keyed data shocks
 * it itself where its risk needs that.
 */
public final class MarketSnapshot {

    private final Instant valuationTime;
    private final Map<String, Double> indexPrices;
    private final Map<String, Double> rates;
    private final Map<String, VolatilitySurface> surfaces;
    private final double volatilityShift;
    private final List<VenueQuote> venueQuotes;
    private final Map<String, CreditPool> creditPools;
    /** Kinds of data the SPI does not name, each value of its key's type. */
    private final Map<MarketDataKey<?>, Object> keyed;
    /** Told of every index symbol asked for, or null: how a caller learns what a valuation depends on. */
    private final java.util.function.Consumer<String> indexReads;

    private MarketSnapshot(Instant valuationTime, Map<String, Double> indexPrices, Map<String, Double> rates,
                           Map<String, VolatilitySurface> surfaces, double volatilityShift,
                           List<VenueQuote> venueQuotes, Map<String, CreditPool> creditPools,
                           Map<MarketDataKey<?>, Object> keyed, java.util.function.Consumer<String> indexReads) {
        this.valuationTime = valuationTime;
        this.indexPrices = Map.copyOf(indexPrices);
        this.rates = Map.copyOf(rates);
        this.surfaces = Map.copyOf(surfaces);
        this.volatilityShift = volatilityShift;
        this.venueQuotes = List.copyOf(venueQuotes);
        this.creditPools = Map.copyOf(creditPools);
        this.keyed = Map.copyOf(keyed);
        this.indexReads = indexReads;
    }

    public static Builder at(Instant valuationTime) {
        return new Builder(valuationTime);
    }

    public Instant valuationTime() {
        return valuationTime;
    }

    /** The index price of a symbol such as {@code BTC-USD}. */
    public OptionalDouble indexPrice(String indexSymbol) {
        if (indexReads != null) {
            indexReads.accept(indexSymbol);
        }
        Double price = indexPrices.get(indexSymbol);
        return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
    }

    /** The continuously compounded rate for a currency (e.g. {@code USD}); zero when none is configured. */
    public double rate(String currency) {
        return rates.getOrDefault(currency, 0.0);
    }

    /** Implied volatility of an underlying at an expiry and strike, after any scenario shift. */
    public OptionalDouble volatility(String underlying, double yearsToExpiry, double strike, double forward) {
        VolatilitySurface surface = surfaces.get(underlying);
        if (surface == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(surface.volatility(yearsToExpiry, strike, forward) + volatilityShift, 1e-4));
    }

    /**
     * The latest fresh quote of each venue for the instrument being valued; empty for a snapshot not made for one
     * instrument ({@link #withVenueQuotes}).
     */
    public List<VenueQuote> venueQuotes() {
        return venueQuotes;
    }

    /** This snapshot as seen by one instrument, with its venues' latest quotes. */
    public MarketSnapshot withVenueQuotes(List<VenueQuote> quotes) {
        return new MarketSnapshot(valuationTime, indexPrices, rates, surfaces, volatilityShift, quotes, creditPools,
                keyed, indexReads);
    }

    /** A securitization pool's current state, for instruments written on it (tranche notes). */
    public java.util.Optional<CreditPool> creditPool(String poolId) {
        return java.util.Optional.ofNullable(creditPools.get(poolId));
    }

    /** This snapshot with a pool's current state added (or replaced). */
    public MarketSnapshot withCreditPool(CreditPool pool) {
        Map<String, CreditPool> pools = new HashMap<>(creditPools);
        pools.put(pool.id(), pool);
        return new MarketSnapshot(valuationTime, indexPrices, rates, surfaces, volatilityShift, venueQuotes, pools,
                keyed, indexReads);
    }

    /** The value of a kind of keyed market data, or empty when this snapshot has none of it. */
    public <T> java.util.Optional<T> get(MarketDataKey<T> key) {
        return java.util.Optional.ofNullable(key.type().cast(keyed.get(key)));
    }

    /** This snapshot with one kind of keyed market data added (or replaced). */
    public <T> MarketSnapshot with(MarketDataKey<T> key, T value) {
        Map<MarketDataKey<?>, Object> data = new HashMap<>(keyed);
        data.put(key, checked(key, value));
        return new MarketSnapshot(valuationTime, indexPrices, rates, surfaces, volatilityShift, venueQuotes,
                creditPools, data, indexReads);
    }

    private static <T> T checked(MarketDataKey<T> key, T value) {
        java.util.Objects.requireNonNull(value, key.name());
        // generics are erased: a raw caller could pass anything, and get() would then fail far from the cause
        return key.type().cast(value);
    }

    /**
     * This snapshot with one underlying's index moved by a relative amount (0.1 = +10%) and every volatility shifted
     * by an absolute amount (0.05 = +5 points).
     */
    public MarketSnapshot shocked(String indexSymbol, double relativePriceMove, double volatilityShift) {
        Map<String, Double> moved = new HashMap<>(indexPrices);
        moved.computeIfPresent(indexSymbol, (symbol, price) -> price * (1 + relativePriceMove));
        return new MarketSnapshot(valuationTime, moved, rates, surfaces, this.volatilityShift + volatilityShift,
                venueQuotes, creditPools, keyed, indexReads);
    }

    /**
     * This snapshot, telling {@code reads} of every index symbol asked of it or of the snapshots made from it
     * (shocked, with quotes, with a pool), found or not: the platform learns which indices a plugin's valuation
     * depends on, to know which valuations an index going stale leaves without a price.
     */
    public MarketSnapshot observingIndexReads(java.util.function.Consumer<String> reads) {
        return new MarketSnapshot(valuationTime, indexPrices, rates, surfaces, volatilityShift, venueQuotes,
                creditPools, keyed, reads);
    }

    /** Assembles a snapshot. */
    public static final class Builder {
        private final Instant valuationTime;
        private final Map<String, Double> indexPrices = new HashMap<>();
        private final Map<String, Double> rates = new HashMap<>();
        private final Map<String, VolatilitySurface> surfaces = new HashMap<>();
        private final Map<MarketDataKey<?>, Object> keyed = new HashMap<>();

        private Builder(Instant valuationTime) {
            this.valuationTime = valuationTime;
        }

        public Builder index(String symbol, double price) {
            indexPrices.put(symbol, price);
            return this;
        }

        public Builder rate(String currency, double rate) {
            rates.put(currency, rate);
            return this;
        }

        public Builder surface(String underlying, VolatilitySurface surface) {
            surfaces.put(underlying, surface);
            return this;
        }

        /** One kind of keyed market data, e.g. a plugin's price history ({@link MarketDataKey}). */
        public <T> Builder put(MarketDataKey<T> key, T value) {
            keyed.put(key, checked(key, value));
            return this;
        }

        public MarketSnapshot build() {
            return new MarketSnapshot(valuationTime, indexPrices, rates, surfaces, 0, List.of(), Map.of(), keyed,
                    null);
        }
    }
}
