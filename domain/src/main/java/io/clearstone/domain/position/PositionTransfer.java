package io.clearstone.domain.position;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.funds.InsufficientBalanceException;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.shared.AccountsChanged;
import io.clearstone.instruments.spi.ResolvedInstrument;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Moves contracts from a seller to a buyer at a price, in the caller's transaction, with both accounts already
 * locked: the premium through the ledger (rounded half-even to the asset), both positions netted, and realised P&L
 * paid against the settlement account where the instrument pays it. It checks no margin: a trade and a liquidation
 * each decide what must hold afterwards.
 */
@ApplicationScoped
public class PositionTransfer {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @EJB
    Ledger ledger;
    @Inject
    jakarta.enterprise.event.Event<AccountsChanged> changed;

    /**
     * @param requireBuyerFunds refuse when the buyer's balance does not cover the premium (a trade); a liquidation
     *                          books it even if it leaves a debt
     */
    public Transferred transfer(Instrument instrument, ResolvedInstrument resolved, long buyerId, long sellerId,
                                BigDecimal quantity, BigDecimal price, String reference, boolean requireBuyerFunds) {
        Asset asset = assets.require(instrument.settlementAsset(), "instrumentId");
        BigDecimal premium = resolved.cashAtTrade(quantity, price).setScale(asset.decimals(), RoundingMode.HALF_EVEN);
        Long premiumJournal = null;
        if (premium.signum() != 0) {
            JournalRequest payment = premium.signum() > 0
                    ? JournalRequest.transfer(JournalType.PREMIUM, reference, buyerId, sellerId, asset.symbol(), premium)
                    : JournalRequest.transfer(JournalType.PREMIUM, reference, sellerId, buyerId, asset.symbol(),
                    premium.negate());
            premiumJournal = ledger.post(payment, locked -> {
                BigDecimal before = locked.before(buyerId, asset.symbol());
                if (requireBuyerFunds && premium.signum() > 0 && before.compareTo(premium) < 0) {
                    throw new InsufficientBalanceException(buyerId, asset.symbol(), premium,
                            before.setScale(asset.decimals()));
                }
            }).id();
        }
        ClosingPnl closingPnl = resolved.paysClosingPnl()
                ? (q, entry, exit) -> resolved.closingPnl(q, entry, exit)
                        .setScale(asset.decimals(), RoundingMode.HALF_EVEN)
                : resolved::closingPnl;
        Position bought = position(buyerId, instrument.id());
        boolean buyerGrew = bought.growsWith(quantity);
        BigDecimal buyerRealized = bought.fill(quantity, price, closingPnl);
        Position sold = position(sellerId, instrument.id());
        boolean sellerGrew = sold.growsWith(quantity.negate());
        BigDecimal sellerRealized = sold.fill(quantity.negate(), price, closingPnl);
        if (resolved.paysClosingPnl()) {
            payClosingPnl(reference, asset.symbol(), Map.of(buyerId, buyerRealized, sellerId, sellerRealized));
        }
        changed.fire(AccountsChanged.of(buyerId, sellerId));
        return new Transferred(asset.symbol(), premium, premiumJournal, bought, sold, buyerRealized, sellerRealized,
                buyerGrew, sellerGrew);
    }

    /**
     * Issues new contracts: the holder goes long and the issuer short at the issue price, with no cash moving (the
     * issue is paid for outside the trade, e.g. by assets pledged to a pool).
     */
    public void issue(long instrumentId, long holderId, long issuerId, BigDecimal quantity, BigDecimal price) {
        ClosingPnl none = (q, entry, exit) -> BigDecimal.ZERO;
        position(holderId, instrumentId).fill(quantity, price, none);
        position(issuerId, instrumentId).fill(quantity.negate(), price, none);
        changed.fire(AccountsChanged.of(holderId, issuerId));
    }

    /** What a transfer did. */
    public record Transferred(String asset, BigDecimal premium, Long premiumJournal, Position bought, Position sold,
                              BigDecimal buyerRealized, BigDecimal sellerRealized, boolean buyerGrew,
                              boolean sellerGrew) {
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

    private Position position(long accountId, long instrumentId) {
        PositionKey key = new PositionKey(accountId, instrumentId);
        return Optional.ofNullable(em.find(Position.class, key)).orElseGet(() -> {
            Position created = new Position(key);
            em.persist(created);
            return created;
        });
    }
}
