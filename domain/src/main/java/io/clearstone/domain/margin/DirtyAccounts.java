package io.clearstone.domain.margin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.clearstone.domain.shared.AccountsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Accounts whose balances or positions changed since the margin book last read them. Recording is lock-free, so no
 * deposit or trade waits on the book; the book reads them again before its next use.
 */
@ApplicationScoped
public class DirtyAccounts {

    @jakarta.ejb.EJB
    io.clearstone.domain.engine.ClearingEngine engine;

    private final Set<Long> dirty = ConcurrentHashMap.newKeySet();

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountsChanged change) {
        if (!engine.running()) {
            return; // the book lives on the engine's node; it reads every account when it takes over
        }
        dirty.addAll(change.accountIds());
    }

    /** Takes the accounts changed so far. */
    List<Long> drain() {
        List<Long> taken = new ArrayList<>();
        for (Long id : dirty) {
            if (dirty.remove(id)) {
                taken.add(id);
            }
        }
        return taken;
    }
}
