package io.clearstone.domain.idempotency;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A client's key within its scope. */
@Embeddable
public record IdempotencyRecordId(@Column(name = "scope") String scope,
                                  @Column(name = "idempotency_key") String key) implements Serializable {
}
