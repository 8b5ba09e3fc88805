package io.clearstone.domain.engine;

import java.time.Instant;

/** Fired when this node stops running the clearing engine: what it kept in memory for the engine is dropped. */
public record EngineStopped(String node, Instant at) {
}
