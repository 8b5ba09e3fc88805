package io.clearstone.domain.instrument;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.JsonObject;

/** An instrument as the API shows it, with its terms as the plugin encodes them. */
public record InstrumentView(long id, String type, int termsVersion, JsonObject terms, String underlying,
                             String settlementAsset, Instant expiresAt, InstrumentStatus status, Instant createdAt,
                             BigDecimal settlementPrice, Instant settledAt,
                             io.clearstone.domain.instrument.ShortfallPolicy shortfallPolicy) {
}
