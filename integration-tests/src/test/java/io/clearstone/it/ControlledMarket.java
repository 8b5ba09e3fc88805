package io.clearstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/**
 * A coin of the test's own, priced by one source the test reports for (quorum 1, moves of up to 90% accepted, a
 * circuit-breaker band of 1000% so that crashes go through), so that
 * a test can crash its price without touching the demo market.
 */
final class ControlledMarket {

    private static final java.util.concurrent.atomic.AtomicLong DISTINCT = new java.util.concurrent.atomic.AtomicLong();

    final String coin;
    final String symbol;
    private final String source;

    private ControlledMarket(String coin, String source) {
        this.coin = coin;
        this.symbol = coin + "-USD";
        this.source = source;
    }

    static ControlledMarket open(String price) {
        String suffix = Api.unique();
        ControlledMarket market = new ControlledMarket("Q" + suffix, "q" + suffix.toLowerCase());
        Fixtures.listAsset(market.coin, 8, market.symbol);
        Api.Reply rules = Api.as("admin").put("/api/v1/oracle/symbols/" + market.symbol + "/rules",
                "{\"stalenessSeconds\":3600,\"minQuorum\":1,\"maxDeviation\":0.9,\"maxMovePerInterval\":10}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        Api.Reply registered = Api.as("admin").post("/api/v1/oracle/sources", "{\"name\":\"" + market.source
                + "\",\"description\":\"integration test price\",\"reporter\":\"oracle\"}");
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        market.price(price);
        return market;
    }

    /**
     * Reports the price; with quorum 1 it is the index at once. Each report gets its own microsecond, so that
     * threads reporting at once are never taken for one observation reported twice.
     */
    void price(String price) {
        Instant observedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)
                .plusNanos(1_000 * (DISTINCT.incrementAndGet() % 1_000));
        Api.Reply reply = Api.as("oracle").post("/api/v1/oracle/observations", "{\"symbol\":\"" + symbol
                + "\",\"source\":\"" + source + "\",\"price\":" + price + ",\"observedAt\":\"" + observedAt
                + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    /** A linear swap on this coin, margined in USDC, with 10% initial and 5% maintenance margin. */
    long linearSwap() {
        return PerpetualSwapsIT.create("{\"type\":\"swap.perpetual\",\"terms\":{\"underlying\":\"" + symbol
                + "\",\"style\":\"LINEAR\",\"contractSize\":1,\"tickSize\":0.01,\"fundingInterval\":\"PT8H\","
                + "\"initialMargin\":0.1,\"maintenanceMargin\":0.05}}");
    }

    /** An inverse swap on this coin (contracts of 1 USD, margined in the coin), 10% / 5%. */
    long inverseSwap() {
        return PerpetualSwapsIT.create("{\"type\":\"swap.perpetual\",\"terms\":{\"underlying\":\"" + symbol
                + "\",\"style\":\"INVERSE\",\"contractSize\":1,\"tickSize\":0.01,\"fundingInterval\":\"PT8H\","
                + "\"initialMargin\":0.1,\"maintenanceMargin\":0.05}}");
    }
}
