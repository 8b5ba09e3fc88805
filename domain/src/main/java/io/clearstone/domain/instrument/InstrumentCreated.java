package io.clearstone.domain.instrument;

import java.util.Objects;

import io.clearstone.instruments.spi.ResolvedInstrument;

/**
 * An instrument was stored, fired synchronously inside the transaction that creates it: what observes it (the
 * lifecycle schedule) happens iff the instrument is committed.
 */
public record InstrumentCreated(Instrument instrument, ResolvedInstrument resolved) {

    public InstrumentCreated {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(resolved, "resolved");
    }
}
