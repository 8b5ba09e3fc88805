package io.clearstone.domain.idempotency;

import java.util.function.Supplier;

import io.clearstone.domain.shared.ClearingException;
import io.clearstone.domain.shared.DatabaseFailures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The entry point for idempotent commands, called outside any transaction. When two copies of one request race, the
 * loser's insert of the idempotency record fails on the primary key and its whole transaction rolls back; it then
 * returns the winner's stored answer, so the client cannot tell that it raced. A unique-key failure with no stored
 * answer (two transactions opening the same balance row) is run once more.
 */
@ApplicationScoped
public class Idempotency {

    @EJB
    IdempotentExecutor executor;
    @Resource
    TransactionSynchronizationRegistry transactions;

    public <T> T run(IdempotentRequest request, Class<T> answerType, Supplier<T> command) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("idempotent commands run in a transaction of their own, not inside one");
        }
        try {
            return executor.execute(request, answerType, command);
        } catch (ClearingException refused) {
            // A copy of this request may have succeeded while this one waited for its locks (e.g. a withdrawal of
            // the whole balance): the client asked once, so it gets that answer rather than the refusal.
            return executor.replay(request, answerType).orElseThrow(() -> refused);
        } catch (EJBException | PersistenceException e) {
            if (!DatabaseFailures.isUniqueViolation(e)) {
                throw e;
            }
            // Either a copy of this request won (replay its answer) or a row both needed was created by another
            // request in the meantime (run again: the row now exists).
            return executor.replay(request, answerType)
                    .orElseGet(() -> executor.execute(request, answerType, command));
        }
    }
}
