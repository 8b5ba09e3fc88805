package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
import io.clearstone.domain.margin.StandardMarginCalculator;
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
    StandardMarginCalculator margin;
    @Inject
    MarketSnapshots markets;
    @Inject
    Clock clock;
    @EJB
    FundingService funding;
    @Inject
    InstrumentMarkets instrumentMarkets;

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
        funding.payDueBeforeTrade(instrument.id(), buyer.id(), seller.id());
        Account first = buyer.id() < seller.id() ? buyer : seller;
        em.lock(first, LockModeType.PESSIMISTIC_WRITE);
        em.lock(first == buyer ? seller : buyer, LockModeType.PESSIMISTIC_WRITE);

        Asset asset = assets.require(instrument.settlementAsset(), "instrumentId");
        ResolvedInstrument resolved = instruments.resolve(instrument);
        BigDecimal premium = resolved.cashAtTrade(request.quantity(), request.price())
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
        ClosingPnl closingPnl = resolved.paysClosingPnl()
                ? (q, entry, exit) -> resolved.closingPnl(q, entry, exit)
                        .setScale(asset.decimals(), RoundingMode.HALF_EVEN)
                : resolved::closingPnl;
        Position bought = position(buyer.id(), instrument.id());
        boolean buyerGrows = bought.growsWith(request.quantity());
        BigDecimal buyerRealized = bought.fill(request.quantity(), request.price(), closingPnl);
        Position sold = position(seller.id(), instrument.id());
        boolean sellerGrows = sold.growsWith(request.quantity().negate());
        BigDecimal sellerRealized = sold.fill(request.quantity().negate(), request.price(), closingPnl);
        if (resolved.paysClosingPnl()) {
            payClosingPnl(reference, asset.symbol(), Map.of(buyer.id(), buyerRealized, seller.id(), sellerRealized));
        }

        MarketSnapshot market = markets.current();
        MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
        if (buyerGrows) {
            requireWithinLimit(resolved, bought, instrumentMarket, "buyerAccountId");
        }
        if (sellerGrows) {
            requireWithinLimit(resolved, sold, instrumentMarket, "sellerAccountId");
        }
        margin.requireInitialMargin(buyer.id(), market, "quantity");
        margin.requireInitialMargin(seller.id(), market, "quantity");

        Trade trade = new Trade(request, caller.name(), journalTransaction, clock.instant());
        em.persist(trade);
        return new TradeReceipt(trade.id(), instrument.id(), buyer.id(), seller.id(), request.quantity(),
                request.price(), asset.symbol(), premium, bought.quantity(), sold.quantity(), buyerRealized,
                sellerRealized, resolved.paysClosingPnl(), request.tradedAt(), clock.instant());
    }

    /** Pays each side's realised P&L from (or to) the settlement account, in one journal transaction. */
    private void payClosingPnl(String reference, String asset, Map<Long, BigDecimal> realized) {
        List<Posting> postings = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> pnl : new TreeMap<>(realized).entrySet()) {
            if (pnl.getValue().signum() != 0) {
                postings.add(Posting.of(pnl.getKey(), asset, pnl.getValue()));
                total = total.add(pnl.getValue());
            }
        }
        if (postings.isEmpty()) {
            return;
        }
        if (total.signum() != 0) {
            postings.add(Posting.of(accounts.system(SystemAccount.SETTLEMENT).orElseThrow().id(), asset,
                    total.negate()));
        }
        ledger.post(new JournalRequest(JournalType.REALIZED_PNL, reference, postings));
    }

    private static void requireWithinLimit(ResolvedInstrument resolved, Position position, MarketSnapshot market,
                                           String field) {
        resolved.positionLimitBreach(position.quantity(), market).ifPresent(reason -> {
            throw new ConflictException("trade/position-limit", "Position limit exceeded", field,
                    "account " + position.key().accountId() + ": " + reason);
        });
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
