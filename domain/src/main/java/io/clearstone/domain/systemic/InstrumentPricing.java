package io.clearstone.domain.systemic;

import java.util.Optional;
import java.util.OptionalDouble;

import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.ResolvedInstrument;

/**
 * How the network values positions in an instrument: its plugin's resolved form, the market as the instrument sees
 * it, and the settlement asset's USD price. Looked up once per instrument per build, however many hold it.
 */
@FunctionalInterface
public interface InstrumentPricing {

    /** The instrument's pricing now; empty when it cannot be priced (its holders' positions are then left out). */
    Optional<Priced> of(long instrumentId);

    /**
     * @param toUsd the settlement asset's index, USD per unit; empty while it is not fresh
     */
    record Priced(ResolvedInstrument resolved, MarketSnapshot market, OptionalDouble toUsd) {
    }
}
