package io.clearstone.domain.securitization;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import io.clearstone.domain.instrument.Instrument;
import io.clearstone.instruments.spi.MarketSnapshot;

/**
 * Adds a pool's current state to the market its notes are valued in. Which pool an instrument is a note of never
 * changes, so that answer is remembered; the pool's state is read afresh every time, unless the market already carries
 * it (a caller valuing several notes of one pool reads it once, {@link PoolPricing}).
 */
@ApplicationScoped
public class PoolMarkets implements io.clearstone.domain.venue.InstrumentMarketData {

    @EJB
    PoolQueries queries;

    private final ConcurrentMap<Long, Optional<Long>> poolOfInstrument = new ConcurrentHashMap<>();

    @Override
    public MarketSnapshot addTo(Instrument instrument, MarketSnapshot market) {
        if (!PoolIssuance.NOTE_TYPE.equals(instrument.typeId())) {
            return market;
        }
        return poolOfInstrument.computeIfAbsent(instrument.id(), queries::poolOfInstrument)
                .map(pool -> market.creditPool(String.valueOf(pool)).isPresent() ? market
                        : market.withCreditPool(queries.state(pool, market.valuationTime()))).orElse(market);
    }
}
