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

    /**
     * The pool's state is read once for all its tranches (with 10,000 loans, reading it is most of the cost outside
     * the plugin), and the market carrying it is handed to each note, whose plugin then shares one loss model.
     */
    public List<TranchePricing> price(long poolId) {
        queries.require(poolId);
        MarketSnapshot market = markets.current();
        MarketSnapshot withPool = market.withCreditPool(queries.state(poolId, market.valuationTime()));
        return queries.tranchesOf(poolId).stream().map(tranche -> {
            Instrument instrument = instruments.require(tranche.instrumentId());
            ResolvedInstrument resolved = instruments.resolve(instrument);
            Valuation analytics = resolved.analytics(instrumentMarkets.of(instrument, withPool));
            return new TranchePricing(tranche.name(), tranche.instrumentId(), analytics.valuesByName(),
                    analytics.failuresByName());
        }).toList();
    }
}
