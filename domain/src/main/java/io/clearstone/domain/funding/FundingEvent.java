package io.clearstone.domain.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import io.clearstone.domain.shared.Decimals;
import io.clearstone.instruments.spi.FundingFixing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One funding boundary of one instrument, fixed and paid; its key makes a second payment impossible. */
@Entity
@Table(name = "funding_event")
@IdClass(FundingEvent.Key.class)
public class FundingEvent {

    @Id
    @Column(name = "instrument_id")
    private long instrumentId;
    @Id
    @Column(name = "funding_at")
    private Instant fundingAt;
    @Column(name = "period_start")
    private Instant periodStart;
    private BigDecimal rate;
    @Column(name = "mark_price")
    private BigDecimal markPrice;
    @Column(name = "index_price")
    private BigDecimal indexPrice;
    @Column(name = "average_premium")
    private double averagePremium;
    private int samples;
    private int positions;
    @Column(name = "settlement_asset")
    private String settlementAsset;
    @Column(name = "total_paid")
    private BigDecimal totalPaid;
    @Column(name = "journal_tx")
    private Long journalTransaction;
    @Column(name = "fixed_at")
    private Instant fixedAt;

    protected FundingEvent() {
    }

    FundingEvent(long instrumentId, Instant periodStart, Instant fundingAt, BigDecimal indexPrice,
                 FundingFixing fixing, int positions, String settlementAsset, BigDecimal totalPaid,
                 Long journalTransaction, Instant fixedAt) {
        this.instrumentId = instrumentId;
        this.fundingAt = fundingAt;
        this.periodStart = periodStart;
        this.rate = fixing.rate();
        this.markPrice = fixing.markPrice();
        this.indexPrice = indexPrice;
        this.averagePremium = fixing.averagePremium();
        this.samples = fixing.samples();
        this.positions = positions;
        this.settlementAsset = settlementAsset;
        this.totalPaid = totalPaid;
        this.journalTransaction = journalTransaction;
        this.fixedAt = fixedAt;
    }

    FundingEventView view() {
        return new FundingEventView(periodStart, fundingAt, Decimals.plain(rate),
                Decimals.plain(markPrice),
                Decimals.plain(indexPrice), averagePremium, samples, positions,
                settlementAsset, Decimals.plain(totalPaid),
                rate.signum() > 0 ? "LONGS" : rate.signum() < 0 ? "SHORTS" : "NOBODY", journalTransaction, fixedAt);
    }

    /** The composite key: instrument and boundary. */
    public static class Key implements Serializable {
        private long instrumentId;
        private Instant fundingAt;

        protected Key() {
        }

        public Key(long instrumentId, Instant fundingAt) {
            this.instrumentId = instrumentId;
            this.fundingAt = fundingAt;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.instrumentId == instrumentId
                    && java.util.Objects.equals(key.fundingAt, fundingAt);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(instrumentId, fundingAt);
        }
    }
}
