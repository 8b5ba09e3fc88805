package io.clearstone.domain.trading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.clearstone.domain.position.PositionTransfer;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.funding.FundingService;
import io.clearstone.domain.funds.InsufficientBalanceException;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.instrument.InstrumentStatus;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.valuation.MarketSnapshots;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.ResolvedInstrument;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * Clears a trade executed elsewhere, all in one transaction: funding due on the instrument paid first (under its
 * funding lock, which also keeps the trade from straddling a boundary), both accounts locked (in id order, as the
 * ledger does), the premium moved from buyer to seller, both positions netted, realised P&L paid against the
 * settlement account where the instrument pays it (swaps), a position that grew checked against the instrument's
 * limits, and each account checked against its initial margin after the trade. Any refusal leaves nothing behind.
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
    MarginCalculator margin;
    @Inject
    MarketSnapshots markets;
    @Inject
    Clock clock;
    @EJB
    FundingService funding;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @Inject
    PositionTransfer transfers;
    @EJB
    VenueRegistry venues;

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
        venues.requireMaySubmit(caller, instrument.id());
        if (instrument.status() != InstrumentStatus.ACTIVE
                || instrument.expiresAt() != null && !instrument.expiresAt().isAfter(clock.instant())) {
            throw new ConflictException("trade/instrument-not-active", "Instrument not active", "instrumentId",
                    "instrument " + instrument.id() + " is " + instrument.status() + " or past its expiry");
        }
        funding.payDueBeforeTrade(instrument.id(), buyer.id(), seller.id());
        Account first = buyer.id() < seller.id() ? buyer : seller;
        em.lock(first, LockModeType.PESSIMISTIC_WRITE);
        em.lock(first == buyer ? seller : buyer, LockModeType.PESSIMISTIC_WRITE);

        ResolvedInstrument resolved = instruments.resolve(instrument);
        resolved.priceBreach(request.price()).ifPresent(reason -> {
            throw new InvalidRequestException("trade/invalid-price", "Price not accepted", "price", reason);
        });
        PositionTransfer.Transferred done = transfers.transfer(instrument, resolved, buyer.id(), seller.id(),
                request.quantity(), request.price(), reference, true);

        MarketSnapshot market = markets.current();
        MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
        if (done.buyerGrew()) {
            requireWithinLimit(resolved, done.bought(), instrumentMarket, "buyerAccountId");
        }
        if (done.sellerGrew()) {
            requireWithinLimit(resolved, done.sold(), instrumentMarket, "sellerAccountId");
        }
        margin.requireInitialMargin(buyer.id(), market, "quantity");
        margin.requireInitialMargin(seller.id(), market, "quantity");

        Trade trade = new Trade(request, caller.name(), done.premiumJournal(), clock.instant());
        em.persist(trade);
        return new TradeReceipt(trade.id(), instrument.id(), buyer.id(), seller.id(), request.quantity(),
                request.price(), done.asset(), done.premium(), done.bought().quantity(), done.sold().quantity(),
                done.buyerRealized(), done.sellerRealized(), resolved.paysClosingPnl(), request.tradedAt(),
                clock.instant());
    }

    private static void requireWithinLimit(ResolvedInstrument resolved, Position position, MarketSnapshot market,
                                           String field) {
        resolved.positionLimitBreach(position.quantity(), market).ifPresent(reason -> {
            throw new ConflictException("trade/position-limit", "Position limit exceeded", field,
                    "account " + position.key().accountId() + ": " + reason);
        });
    }

    private Account tradingAccount(long id, String field) {
        Account account = accounts.find(id).filter(a -> !a.isSystem() && !a.isSegregated()).orElseThrow(() -> new InvalidRequestException(
                "trade/unknown-account", "Unknown account", field, "account " + id + " cannot trade"));
        if (!account.isActive()) {
            throw new ConflictException("account/not-active", "Account not active", field,
                    "account " + id + " is " + account.status());
        }
        return account;
    }
}
