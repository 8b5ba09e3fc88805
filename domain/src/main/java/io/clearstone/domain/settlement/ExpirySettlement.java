package io.clearstone.domain.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.oracle.OracleService;
import io.clearstone.domain.position.OpenPositions;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.Decimals;
import io.clearstone.instruments.spi.CashFlowInstruction;
import io.clearstone.instruments.spi.PositionView;
import io.clearstone.instruments.spi.ResolvedInstrument;
import io.clearstone.instruments.spi.ScheduledEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Settles an instrument at expiry, exactly once: under a row lock on the instrument, an active instrument past its
 * expiry is priced at its index's time-weighted average over the 30 minutes before expiry, every open position gets
 * its plugin's cash flow (rounded half-even to the asset's decimals) in one journal transaction against the
 * settlement account, positions are closed and the instrument is marked settled, all in one transaction. A second
 * trigger (another timer, the sweeper, another server, an operator) finds it settled and changes nothing.
 */
@Stateless
public class ExpirySettlement {

    static final Duration SETTLEMENT_WINDOW = Duration.ofMinutes(30);
    private static final Logger LOG = Logger.getLogger(ExpirySettlement.class.getName());

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    InstrumentService instruments;
    @EJB
    OracleService oracle;
    @EJB
    Ledger ledger;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    Clock clock;
    @Inject
    OpenPositions openPositions;
    @Inject
    jakarta.enterprise.event.Event<io.clearstone.domain.shared.AccountsChanged> changed;

    /** Settles the instrument if it is due and not yet settled; returns its settlement either way, if it has one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SettlementView> settleIfDue(long instrumentId) {
        Instrument instrument = em.find(Instrument.class, instrumentId, LockModeType.PESSIMISTIC_WRITE);
        if (instrument == null || instrument.expiresAt() == null) {
            return Optional.empty();
        }
        if (instrument.status() != InstrumentStatus.ACTIVE) {
            return Optional.of(view(instrument, countSettled(instrumentId), null));
        }
        Instant now = clock.instant();
        if (instrument.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        BigDecimal price = oracle.twap(instrument.underlying(),
                instrument.expiresAt().minus(SETTLEMENT_WINDOW), instrument.expiresAt()).price();
        ResolvedInstrument resolved = instruments.resolve(instrument);
        ScheduledEvent expiry = new ScheduledEvent(ScheduledEvent.EXPIRY, instrument.expiresAt());
        Account settlementAccount = accounts.system(SystemAccount.SETTLEMENT).orElseThrow();

        List<Position> open = openPositions.in(instrumentId);
        open.forEach(p -> em.lock(accounts.find(p.key().accountId()).orElseThrow(), LockModeType.PESSIMISTIC_WRITE));
        List<Posting> postings = new ArrayList<>();
        BigDecimal paidOut = BigDecimal.ZERO;
        String asset = instrument.settlementAsset();
        Asset settlementAsset = assets.require(asset, "asset");
        for (Position position : open) {
            BigDecimal cashFlow = BigDecimal.ZERO;
            for (CashFlowInstruction flow : resolved.onEvent(expiry, new PositionView(
                    position.quantity().doubleValue(), position.averagePrice().doubleValue()), price)) {
                cashFlow = cashFlow.add(flow.amount().setScale(settlementAsset.decimals(), RoundingMode.HALF_EVEN));
            }
            if (cashFlow.signum() != 0) {
                postings.add(Posting.of(position.key().accountId(), asset, cashFlow));
                paidOut = paidOut.add(cashFlow);
            }
            position.settle(cashFlow);
        }
        Long journalTransaction = null;
        if (!postings.isEmpty() && paidOut.signum() != 0) {
            postings.add(Posting.of(settlementAccount.id(), asset, paidOut.negate()));
        }
        if (postings.size() >= 2) {
            journalTransaction = ledger.post(new JournalRequest(JournalType.SETTLEMENT,
                    "expiry:instrument:" + instrumentId, postings)).id();
        }
        instrument.settle(price, now);
        changed.fire(new io.clearstone.domain.shared.AccountsChanged(open.stream().map(p -> p.key().accountId())
                .collect(java.util.stream.Collectors.toSet())));
        LOG.info(() -> "settled instrument " + instrumentId + " at " + price.toPlainString() + ": " + open.size()
                + " positions");
        return Optional.of(view(instrument, open.size(), journalTransaction));
    }

    /** Settles now on an operator's request; refused before expiry. */
    public SettlementView settleOnRequest(long instrumentId) {
        instruments.require(instrumentId);
        return settleIfDue(instrumentId).orElseThrow(() -> new ConflictException("settlement/not-due",
                "Not yet due", null, "instrument " + instrumentId + " has not expired"));
    }

    /** Active instruments past their expiry. */
    public List<Long> due() {
        return em.createQuery("select i.id from Instrument i where i.status = :active and i.expiresAt <= :now "
                        + "order by i.expiresAt", Long.class)
                .setParameter("active", InstrumentStatus.ACTIVE).setParameter("now", clock.instant())
                .getResultList();
    }

    private long countSettled(long instrumentId) {
        return em.createQuery("select count(p) from Position p where p.key.instrumentId = :i", Long.class)
                .setParameter("i", instrumentId).getSingleResult();
    }

    private static SettlementView view(Instrument instrument, long positions, Long journalTransaction) {
        return new SettlementView(instrument.id(), instrument.underlying(),
                Decimals.plain(instrument.settlementPrice()), instrument.settledAt(), (int) positions,
                journalTransaction);
    }
}
