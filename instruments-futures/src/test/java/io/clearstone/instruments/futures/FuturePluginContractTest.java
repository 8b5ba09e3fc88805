package io.clearstone.instruments.futures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.clearstone.instruments.spi.InstrumentPlugin;
import io.clearstone.instruments.spi.InstrumentPluginContract;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.TermsDocument;

/** The platform's plugin contract, kept by dated futures of both styles and both kinds of settlement period. */
class FuturePluginContractTest extends InstrumentPluginContract {

    @Override
    protected InstrumentPlugin plugin() {
        return Samples.plugin();
    }

    @Override
    protected List<TermsDocument> validTerms() {
        return List.of(Samples.linearQuarterly(), Samples.inverseEveryTenSeconds(), Samples.linearCapped());
    }

    @Override
    protected List<TermsDocument> invalidTerms() {
        return List.of(Samples.with(Samples.linearQuarterly(), "contractSize", java.math.BigDecimal.ZERO),
                Samples.with(Samples.linearQuarterly(), "expiry", "2026-11-20T08:00:00Z"),
                Samples.with(Samples.linearQuarterly(), "expiry", "2027-03-26T09:00:00Z"),
                Samples.with(Samples.inverseEveryTenSeconds(), "settlementPeriod", "PT1S"),
                Samples.with(Samples.inverseEveryTenSeconds(), "settlementWindow", "PT11S"),
                Samples.with(Samples.linearCapped(), "initialMargin", new java.math.BigDecimal("0.005")));
    }

    @Override
    protected MarketSnapshot market() {
        return MarketSnapshot.at(Samples.NOW).index("BTC-USD", 65_000).index("ETH-USD", 3_000).build();
    }

    /** A future's value is its P&L since its reference price: struck 5% below the index. */
    @Override
    protected PositionView position(ResolvedInstrument instrument, double quantity) {
        return new PositionView(quantity, market().indexPrice(instrument.underlying()).orElseThrow() * 0.95);
    }

    @Test
    void everySampleSchedulesItsExpiryAndNoFunding() {
        for (ResolvedInstrument future : resolvedSamples()) {
            assertThat(future.schedule()).last().satisfies(e -> assertThat(e.kind()).isEqualTo("expiry"));
            assertThat(future.schedule()).allSatisfy(e -> assertThat(e.at()).isAfter(Instant.from(Samples.NOW)));
            assertThat(future.funding()).isEmpty();
            assertThat(future.paysClosingPnl()).isTrue();
        }
    }
}
