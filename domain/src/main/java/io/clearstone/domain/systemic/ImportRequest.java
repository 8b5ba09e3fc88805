package io.clearstone.domain.systemic;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A bulk registration: nodes first, then the exposures between them (or live nodes). */
public record ImportRequest(@NotNull @Size(max = 10_000) List<@Valid @NotNull NodeRequest> nodes,
                            @NotNull @Size(max = 100_000) List<@Valid @NotNull ExposureRequest> exposures) {
}
