package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.shared.Decimals;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One thing a liquidation did to one account, with the margin that caused it and why. Never changed. */
@Entity
@Table(name = "liquidation_event")
public class LiquidationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "liquidation_event_seq")
    @SequenceGenerator(name = "liquidation_event_seq", sequenceName = "liquidation_event_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", updatable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private LiquidationKind kind;
    @Column(name = "instrument_id", updatable = false)
    private Long instrumentId;
    @Column(updatable = false)
    private BigDecimal quantity;
    @Column(updatable = false)
    private BigDecimal price;
    @Column(name = "counterparty_account_id", updatable = false)
    private Long counterpartyAccountId;
    @Column(name = "asset_symbol", updatable = false)
    private String asset;
    @Column(updatable = false)
    private BigDecimal amount;
    @Column(name = "equity_before_usd", updatable = false)
    private double equityBeforeUsd;
    @Column(name = "maintenance_before_usd", updatable = false)
    private double maintenanceBeforeUsd;
    @Column(updatable = false)
    private String reason;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected LiquidationEvent() {
    }

    LiquidationEvent(LiquidationOutcome outcome, double equityBeforeUsd, double maintenanceBeforeUsd,
                     Instant createdAt) {
        this(outcome.accountId(), outcome.kind(), outcome.instrumentId(), outcome.quantity(), outcome.price(),
                outcome.counterpartyAccountId(), outcome.asset(), outcome.amount(), equityBeforeUsd,
                maintenanceBeforeUsd, outcome.reason(), createdAt);
    }

    private LiquidationEvent(long accountId, LiquidationKind kind, Long instrumentId, BigDecimal quantity, BigDecimal price,
                     Long counterpartyAccountId, String asset, BigDecimal amount, double equityBeforeUsd,
                     double maintenanceBeforeUsd, String reason, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.instrumentId = instrumentId;
        this.quantity = quantity;
        this.price = price;
        this.counterpartyAccountId = counterpartyAccountId;
        this.asset = asset;
        this.amount = amount;
        this.equityBeforeUsd = equityBeforeUsd;
        this.maintenanceBeforeUsd = maintenanceBeforeUsd;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.createdAt = createdAt;
    }

    LiquidationEventView view() {
        return new LiquidationEventView(id, accountId, kind, instrumentId, Decimals.plain(quantity),
                Decimals.plain(price), counterpartyAccountId, asset, Decimals.plain(amount), equityBeforeUsd,
                maintenanceBeforeUsd, reason, createdAt);
    }
}
