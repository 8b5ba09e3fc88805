package io.clearstone.domain.account;

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
 * A margin account owned by one principal, or one of the platform's {@link SystemAccount}s. Opened active, in cross
 * margin unless asked otherwise; later issues move it to in-liquidation, bankrupt and closed. Its balances live in
 * the ledger, never here.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    private Long id;
    private String owner;
    @Enumerated(EnumType.STRING)
    @Column(name = "system_role")
    private SystemAccount systemRole;
    @Enumerated(EnumType.STRING)
    @Column(name = "margin_mode")
    private MarginMode marginMode;
    @Enumerated(EnumType.STRING)
    @Column(name = "margin_method")
    private MarginMethod marginMethod;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Account() {
    }

    private Account(String owner, SystemAccount systemRole, MarginMode marginMode, MarginMethod marginMethod,
                    Instant createdAt) {
        this.owner = owner;
        this.systemRole = systemRole;
        this.marginMode = marginMode;
        this.marginMethod = marginMethod;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    public static Account open(String owner, MarginMode marginMode, MarginMethod marginMethod, Instant now) {
        return new Account(owner, null, marginMode, marginMethod, now);
    }

    /** One of a securitization pool's segregated accounts; {@code owner} names the pool. */
    public static Account segregated(String owner, Instant now) {
        return new Account(owner, null, MarginMode.CROSS, MarginMethod.SEGREGATED, now);
    }

    public static Account system(SystemAccount role, Instant now) {
        return new Account("system", role, MarginMode.CROSS, MarginMethod.STANDARD, now);
    }

    public MarginMethod marginMethod() {
        return marginMethod;
    }

    /** A securitization pool's account: outside margin, liquidation and loss sharing. */
    public boolean isSegregated() {
        return marginMethod == MarginMethod.SEGREGATED;
    }

    public boolean isSystem() {
        return systemRole != null;
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public SystemAccount systemRole() {
        return systemRole;
    }

    public MarginMode marginMode() {
        return marginMode;
    }

    public AccountStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
