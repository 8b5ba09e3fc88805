package io.clearstone.domain.securitization;

import java.time.Instant;

/**
 * A proposed pool as the API shows it: PENDING until the sponsor account's owner approves it at
 * {@code POST /api/v1/pools/proposals/{id}/approval}, then APPROVED with the pool it created.
 */
public record PoolProposalView(long id, String name, long sponsorAccountId, PoolProposal.Status status,
                               String proposedBy, Instant proposedAt, Long poolId, String approvedBy,
                               Instant approvedAt) {
}
