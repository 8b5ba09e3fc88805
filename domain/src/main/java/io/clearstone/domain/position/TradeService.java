package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Optional;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.funds.InsufficientBalanceException;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.margin.StandardMarginCalculator;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.instruments.spi.MarketSnapshot;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Clears a trade executed elsewhere, all in one transaction: both accounts locked (in id order, as the ledger does),
 * the premium moved from buyer to seller, both positions netted, and each account checked against its initial margin
 * after the trade. Any refusal leaves nothing behind.
 */
@Stateless
public class TradeService {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @EJB
    InstrumentService instruments;
    @EJB
    Ledger ledger;
    @Inject
    StandardMarginCalculator margin;
    @Inject
    MarketSnapshots markets;
    @Inject
    Clock clock;

    /** @param reference where the trade came from, kept on the premium's journal transaction */
    public TradeReceipt clear(Caller caller, @NotNull @Valid TradeRequest request, String reference) {
        if (request.buyerAccountId().equals(request.sellerAccountId())) {
            throw new InvalidRequestException("trade/same-account", "Buyer and seller are one account",
                    "sellerAccountId", "a trade needs two different accounts");
        }
        Account buyer = tradingAccount(request.buyerAccountId(), "buyerAccountId");
        Account seller = tradingAccount(request.sellerAccountId(), "sellerAccountId");
        Instrument instrument = em.find(Instrument.class, request.instrumentId());
        if (instrument == null) {
            throw new InvalidRequestException("trade/unknown-instrument", "Unknown instrument", "instrumentId",
                    "instrument " + request.instrumentId() + " does not exist");
        }
        if (instrument.status() != InstrumentStatus.ACTIVE
                || instrument.expiresAt() != null && !instrument.expiresAt().isAfter(clock.instant())) {
            throw new ConflictException("trade/instrument-not-active", "Instrument not active", "instrumentId",
                    "instrument " + instrument.id() + " is " + instrument.status() + " or past its expiry");
        }
        Account first = buyer.id() < seller.id() ? buyer : seller;
        em.lock(first, LockModeType.PESSIMISTIC_WRITE);
        em.lock(first == buyer ? seller : buyer, LockModeType.PESSIMISTIC_WRITE);

        Asset asset = assets.require(instrument.settlementAsset(), "instrumentId");
        BigDecimal premium = instruments.resolve(instrument).cashAtTrade(request.quantity(), request.price())
                .setScale(asset.decimals(), RoundingMode.HALF_EVEN);
        Long journalTransaction = null;
        if (premium.signum() > 0) {
            journalTransaction = ledger.post(JournalRequest.transfer(JournalType.PREMIUM, reference, buyer.id(),
                    seller.id(), asset.symbol(), premium), locked -> {
                        BigDecimal before = locked.before(buyer.id(), asset.symbol());
                        if (before.compareTo(premium) < 0) {
                            throw new InsufficientBalanceException(buyer.id(), asset.symbol(), premium,
                                    before.setScale(asset.decimals()));
                        }
                    }).id();
        }
        Position bought = position(buyer.id(), instrument.id());
        bought.fill(request.quantity(), request.price());
        Position sold = position(seller.id(), instrument.id());
        sold.fill(request.quantity().negate(), request.price());

        MarketSnapshot market = markets.current();
        margin.requireInitialMargin(buyer.id(), market, "quantity");
        margin.requireInitialMargin(seller.id(), market, "quantity");

        Trade trade = new Trade(request, caller.name(), journalTransaction, clock.instant());
        em.persist(trade);
        return new TradeReceipt(trade.id(), instrument.id(), buyer.id(), seller.id(), request.quantity(),
                request.price(), asset.symbol(), premium, bought.quantity(), sold.quantity(), request.tradedAt(),
                clock.instant());
    }

    private Account tradingAccount(long id, String field) {
        Account account = accounts.find(id).filter(a -> !a.isSystem()).orElseThrow(() -> new InvalidRequestException(
                "trade/unknown-account", "Unknown account", field, "account " + id + " cannot trade"));
        if (!account.isActive()) {
            throw new ConflictException("account/not-active", "Account not active", field,
                    "account " + id + " is " + account.status());
        }
        return account;
    }

    private Position position(long accountId, long instrumentId) {
        PositionKey key = new PositionKey(accountId, instrumentId);
        return Optional.ofNullable(em.find(Position.class, key)).orElseGet(() -> {
            Position created = new Position(key);
            em.persist(created);
            return created;
        });
    }
}
