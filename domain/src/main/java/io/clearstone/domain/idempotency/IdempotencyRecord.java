package io.clearstone.domain.idempotency;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The answer first given to an idempotent request, written in the same transaction as the request's effects, so
 * that either both exist or neither does.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @EmbeddedId
    private IdempotencyRecordId id;
    @Column(name = "request_hash", updatable = false)
    private String requestHash;
    @Column(name = "response_type", updatable = false)
    private String responseType;
    // a text column (V18), bound as a plain string: a @Lob String would be an oid large object on PostgreSQL
    @Column(name = "response_body", columnDefinition = "text", updatable = false)
    private String responseBody;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(IdempotentRequest request, String responseType, String responseBody, Instant createdAt) {
        this.id = new IdempotencyRecordId(request.scope(), request.key());
        this.requestHash = request.fingerprint();
        this.responseType = responseType;
        this.responseBody = responseBody;
        this.createdAt = createdAt;
    }

    String requestHash() {
        return requestHash;
    }

    String responseType() {
        return responseType;
    }

    String responseBody() {
        return responseBody;
    }
}
