package io.clearstone.domain.ledger;

import java.time.Instant;
import java.util.List;

/** The ledger's invariants checked against the database, per asset. */
public record Reconciliation(Instant checkedAt, boolean balanced, List<AssetReconciliation> assets) {
}
