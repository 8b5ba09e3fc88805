package io.clearstone.domain.engine;

import java.time.Instant;

/**
 * Fired (CDI event, synchronously, on the engine's timer thread) when this node takes the clearing engine over: the
 * margin book loads from the database and the monitor sweeps before the node says it runs the engine.
 */
public record EngineStarted(String node, Instant at) {
}
