package io.clearstone.domain.oracle;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A whole volatility surface for one underlying; it replaces the previous one. */
public record SurfaceRequest(@NotNull @Size(min = 1, max = 400) List<@NotNull @Valid SurfacePoint> points) {
}
