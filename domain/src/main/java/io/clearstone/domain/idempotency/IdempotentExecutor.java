package io.clearstone.domain.idempotency;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Runs a command once per idempotency key, in one transaction with the record of its answer. A retry with the same
 * key and request gets the stored answer back and changes nothing; the same key with another request is refused.
 */
@Stateless
public class IdempotentExecutor {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    Clock clock;

    public <T> T execute(IdempotentRequest request, Class<T> answerType, Supplier<T> command) {
        Optional<T> earlier = replay(request, answerType);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        T answer = command.get();
        em.persist(new IdempotencyRecord(request, answerType.getName(), JSON.toJson(answer), clock.instant()));
        // surface a concurrent duplicate now, inside the call, rather than at commit
        em.flush();
        return answer;
    }

    /** The stored answer to an earlier request with this key, if there was one. */
    public <T> Optional<T> replay(IdempotentRequest request, Class<T> answerType) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class,
                new IdempotencyRecordId(request.scope(), request.key()));
        if (record == null) {
            return Optional.empty();
        }
        if (!record.requestHash().equals(request.fingerprint()) || !record.responseType().equals(answerType.getName())) {
            throw new IdempotencyKeyReusedException(request.key());
        }
        return Optional.of(JSON.fromJson(record.responseBody(), answerType));
    }
}
