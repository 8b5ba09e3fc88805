package io.clearstone.instruments.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A plugin's own kind of market data travels in the snapshot without an SPI change, through every copy of it. */
class MarketSnapshotKeyedDataTest {

    /** What a variance swap plugin would define: the index's daily closes so far. */
    record PriceHistory(List<Double> closes) {
    }

    private static final MarketDataKey<PriceHistory> HISTORY = MarketDataKey.of("variance.price-history",
            PriceHistory.class);
    private static final MarketDataKey<Double> BASIS = MarketDataKey.of("basis.btc-usd", Double.class);

    private final MarketSnapshot market = MarketSnapshot.at(Instant.parse("2026-12-01T08:00:00Z"))
            .index("BTC-USD", 65_000).put(HISTORY, new PriceHistory(List.of(64_000.0, 65_000.0))).build();

    @Test
    void aValuePutWithAKeyIsReadWithIt() {
        assertThat(market.get(HISTORY)).contains(new PriceHistory(List.of(64_000.0, 65_000.0)));
        assertThat(market.get(BASIS)).isEmpty();
        assertThat(market.get(MarketDataKey.of("variance.price-history", PriceHistory.class)))
                .as("an equal key finds it").isPresent();
        assertThat(market.get(MarketDataKey.of("variance.price-history", Object.class))).as("another type is another key")
                .isEmpty();
    }

    @Test
    void everyCopyOfTheSnapshotCarriesIt() {
        MarketSnapshot shocked = market.shocked("BTC-USD", 0.1, 0.05);
        assertThat(shocked.indexPrice("BTC-USD").getAsDouble()).isEqualTo(71_500.0, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(shocked.get(HISTORY)).isEqualTo(market.get(HISTORY));
        assertThat(market.withVenueQuotes(List.of()).get(HISTORY)).isPresent();
        assertThat(market.observingIndexReads(symbol -> { }).get(HISTORY)).isPresent();
        assertThat(market.withCreditPool(pool()).get(HISTORY)).isPresent();
    }

    @Test
    void withAddsOneKindAndLeavesTheOriginalAsItWas() {
        MarketSnapshot withBasis = market.with(BASIS, 0.002);
        assertThat(withBasis.get(BASIS)).contains(0.002);
        assertThat(withBasis.get(HISTORY)).isPresent();
        assertThat(market.get(BASIS)).isEmpty();
        assertThat(withBasis.with(BASIS, 0.003).get(BASIS)).contains(0.003);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aValueOfAnotherTypeIsRefusedWhereItIsPut() {
        MarketDataKey raw = BASIS;
        assertThatThrownBy(() -> MarketSnapshot.at(Instant.EPOCH).put(raw, "not a number"))
                .isInstanceOf(ClassCastException.class);
        assertThatThrownBy(() -> market.with(BASIS, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("basis.btc-usd");
    }

    private static CreditPool pool() {
        return new CreditPool("P1", 0.3, 2, 0, List.of(CreditPool.Asset.loan(100, 0.02, 0.4)),
                List.of(new CreditPool.Tranche("A", 100, 100)));
    }
}
