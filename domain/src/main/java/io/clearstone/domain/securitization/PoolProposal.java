package io.clearstone.domain.securitization;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pool an administrator proposed, waiting for the consent of the sponsor account's owner: nothing is pledged until
 * that owner approves it, which creates the pool from the request as proposed.
 */
@Entity
@Table(name = "pool_proposal")
public class PoolProposal {

    /** Where a proposal stands. */
    public enum Status {
        PENDING, APPROVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pool_proposal_seq")
    @SequenceGenerator(name = "pool_proposal_seq", sequenceName = "pool_proposal_seq", allocationSize = 50)
    private Long id;
    @Column(updatable = false)
    private String name;
    @Column(name = "sponsor_account_id", updatable = false)
    private long sponsorAccountId;
    @Column(name = "request_json", updatable = false)
    private String requestJson;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "proposed_by", updatable = false)
    private String proposedBy;
    @Column(name = "proposed_at", updatable = false)
    private Instant proposedAt;
    @Column(name = "pool_id")
    private Long poolId;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Version
    private long version;

    protected PoolProposal() {
    }

    PoolProposal(String name, long sponsorAccountId, String requestJson, String proposedBy, Instant proposedAt) {
        this.name = name;
        this.sponsorAccountId = sponsorAccountId;
        this.requestJson = requestJson;
        this.status = Status.PENDING;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    void approved(long pool, String owner, Instant at) {
        status = Status.APPROVED;
        poolId = pool;
        approvedBy = owner;
        approvedAt = at;
    }

    public Long id() {
        return id;
    }

    public long sponsorAccountId() {
        return sponsorAccountId;
    }

    String requestJson() {
        return requestJson;
    }

    public Status status() {
        return status;
    }

    public Long poolId() {
        return poolId;
    }

    public PoolProposalView view() {
        return new PoolProposalView(id, name, sponsorAccountId, status, proposedBy, proposedAt, poolId, approvedBy,
                approvedAt);
    }
}
