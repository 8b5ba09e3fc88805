package io.clearstone.domain.venue;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.instruments.spi.MarketSnapshot;

/**
 * Market data that only some instruments need, added by the part of the platform that owns it (a securitization
 * pool's state for its notes). {@link InstrumentMarkets} asks every such bean, so it depends on none of them.
 */
public interface InstrumentMarketData {

    /** The market with this bean's data for the instrument added, or {@code market} itself when it has none. */
    MarketSnapshot addTo(Instrument instrument, MarketSnapshot market);
}
