package io.clearstone.instruments.spi;

import java.util.Objects;

/**
 * A kind of market data that {@link MarketSnapshot} carries without knowing it: a variance swap's realised price
 * history, a basis curve, a funding-rate term structure. A plugin (or the platform) defines a key once, as a constant,
 * and puts and gets values with it ({@link MarketSnapshot.Builder#put}, {@link MarketSnapshot#get}); the snapshot
 * needs no new constructor or accessor for it. Values should be immutable: every copy of a snapshot shares them.
 *
 * <p>Two keys are the same key when name and type are equal; name keys by their owner, e.g.
 * {@code "variance.price-history"}, so that two plugins cannot collide by accident.
 *
 * @param name what the data is, unique among the keys in use
 * @param type the class of its values; {@link MarketSnapshot.Builder#put} refuses a value of another class
 * @param <T>  the type of its values
 */
public record MarketDataKey<T>(String name, Class<T> type) {

    public MarketDataKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a market data key needs a name");
        }
    }

    public static <T> MarketDataKey<T> of(String name, Class<T> type) {
        return new MarketDataKey<>(name, type);
    }

    @Override
    public String toString() {
        return name + " (" + type.getSimpleName() + ")";
    }
}
