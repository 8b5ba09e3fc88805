package io.clearstone.domain.venue;

import java.time.Duration;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The market as one instrument sees it: the common snapshot plus its venues' latest reports, each fresh within the
 * staleness window of the instrument's index (a venue that stops reporting stops moving the mark), and for a tranche
 * note its pool's current state ({@link InstrumentMarketData}).
 */
@ApplicationScoped
public class InstrumentMarkets {

    @EJB
    VenueQuoteService venues;
    @EJB
    OracleService oracle;
    @Inject
    MarketSnapshots snapshots;
    @Inject
    jakarta.enterprise.inject.Instance<InstrumentMarketData> extraData;
    /** Resolved once: the margin book asks for every position's market on every tick. */
    private java.util.List<InstrumentMarketData> sources;

    @jakarta.annotation.PostConstruct
    void resolveSources() {
        sources = extraData.stream().toList();
    }

    public MarketSnapshot current() {
        return snapshots.current();
    }

    public MarketSnapshot of(Instrument instrument, MarketSnapshot market) {
        Duration freshness = Duration.ofSeconds(oracle.index(instrument.underlying()).stalenessSeconds());
        MarketSnapshot withVenues = market.withVenueQuotes(venues.latest(instrument.id(), market.valuationTime(),
                freshness));
        for (InstrumentMarketData data : sources) {
            withVenues = data.addTo(instrument, withVenues);
        }
        return withVenues;
    }
}
