package io.clearstone.domain.oracle;

import java.time.Instant;
import java.util.List;

/** A stored volatility surface. */
public record SurfaceView(String underlying, Instant updatedAt, List<SurfacePoint> points) {
}
