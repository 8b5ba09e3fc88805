package io.clearstone.domain.securitization;

import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.Valuation;
import io.clearstone.instruments.spi.ResolvedInstrument;

/** Each tranche of a pool as its notes' plugin prices it now: price, expected loss, fair spread, and their kin. */
@Stateless
public class PoolPricing {

    @EJB
    PoolQueries queries;
    @EJB
    InstrumentService instruments;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @Inject
    MarketSnapshots markets;

    /**
     * A tranche's analytics: each measure's value, or why it could not be computed.
     */
    public record TranchePricing(String name, long instrumentId, Map<String, Double> measures,
                                 Map<String, String> failures) {
    }

    public List<TranchePricing> price(long poolId) {
        MarketSnapshot market = markets.current();
        return queries.view(poolId).tranches().stream().map(tranche -> {
            Instrument instrument = instruments.require(tranche.instrumentId());
            ResolvedInstrument resolved = instruments.resolve(instrument);
            Valuation analytics = resolved.analytics(instrumentMarkets.of(instrument, market));
            return new TranchePricing(tranche.name(), tranche.instrumentId(), analytics.valuesByName(),
                    analytics.failuresByName());
        }).toList();
    }
}
