package io.clearstone.domain.position;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One account's position in one instrument. */
@Embeddable
public record PositionKey(@Column(name = "account_id") long accountId,
                          @Column(name = "instrument_id") long instrumentId) implements Serializable {
}
