package ${package};

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.instruments.spi.InstrumentTerms;

/**
 * A cash-settled linear forward on an index: at expiry each contract pays contractSize x (settlement price - the
 * position's reference price) of the settlement asset; nothing is delivered.
 *
 * @param underlying   the index it is written on, e.g. BTC-USD
 * @param contractSize index units per contract, e.g. 0.01 BTC
 * @param expiry       when it settles and every position closes
 */
public record ForwardTerms(String underlying, BigDecimal contractSize, Instant expiry) implements InstrumentTerms {
}
