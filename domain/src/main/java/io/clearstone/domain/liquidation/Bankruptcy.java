package io.clearstone.domain.liquidation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.Instrument;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.BalanceView;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.LedgerQueries;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.margin.MarginAssessment;
import io.clearstone.domain.margin.MarginCalculator;
import io.clearstone.domain.position.Position;
import io.clearstone.domain.position.PositionTransfer;
import io.clearstone.domain.shared.ProRata;
import io.clearstone.domain.venue.InstrumentMarkets;
import io.clearstone.instruments.spi.MarketSnapshot;
import io.clearstone.instruments.spi.ResolvedInstrument;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Resolves a bankrupt account (equity ≤ 0) in the liquidation step's transaction. Its positions close at the mark —
 * to the backstop when the insurance fund's holding of the settlement asset can cover the deficit or the instrument
 * socializes losses, otherwise against
 * the opposite side's holders ranked by unrealised P&L / equity (auto-deleveraging); whatever the account still owns
 * goes to the insurance fund, which pays each debt from its balance of that asset. A debt the fund cannot pay is
 * borne by the deleveraged holders in proportion to what they took over, or, under socialized loss, by every
 * profitable opposite-side holder in proportion to their unrealised profit. Closing at the mark and moving the deficit
 * this way is closing at the bankruptcy price. The fund never converts one asset into another.
 */
@ApplicationScoped
public class Bankruptcy {

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    MarginCalculator calculator;
    @Inject
    InstrumentMarkets instrumentMarkets;
    @EJB
    InstrumentService instruments;
    @Inject
    PositionTransfer transfers;
    @EJB
    Ledger ledger;
    @Inject
    LedgerQueries balances;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<LiquidationRecorded> recorded;

    void resolve(MarginAssessment before, Account backstop, MarketSnapshot market) {
        long bankrupt = before.accountId();
        long fund = accounts.system(SystemAccount.INSURANCE_FUND).orElseThrow().id();
        String reference = "bankruptcy:account:" + bankrupt;
        Map<String, Map<Long, BigDecimal>> lossSharers = new HashMap<>();
        ShortfallPolicy policy = ShortfallPolicy.AUTO_DELEVERAGING;
        for (MarginAssessment.PositionRisk risk : before.positions()) {
            Instrument instrument = instruments.require(risk.instrumentId());
            if (risk == before.positions().get(0)) {
                policy = instrument.shortfallPolicy();
            }
            ResolvedInstrument resolved = instruments.resolve(instrument);
            MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
            BigDecimal price = LiquidationStep.markPrice(resolved, instrumentMarket);
            Position position = em.find(Position.class, new io.clearstone.domain.position.PositionKey(bankrupt,
                    instrument.id()));
            BigDecimal remaining = position.quantity();
            List<Holder> ranked = rankedOppositeHolders(instrument, resolved, remaining.signum(), price, bankrupt,
                    backstop.id(), market);
            Map<Long, BigDecimal> sharers = lossSharers.computeIfAbsent(instrument.settlementAsset(),
                    a -> new TreeMap<>());
            boolean fundCovers = fundValueUsd(fund, instrument.settlementAsset(), market) >= -before.equityUsd();
            if (!fundCovers && instrument.shortfallPolicy() == ShortfallPolicy.AUTO_DELEVERAGING) {
                for (Holder holder : ranked) {
                    if (remaining.signum() == 0) {
                        break;
                    }
                    BigDecimal taken = holder.quantity().abs().min(remaining.abs());
                    em.lock(accounts.find(holder.accountId()).orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
                    move(instrument, resolved, bankrupt, holder.accountId(), remaining.signum(), taken, price,
                            reference);
                    sharers.merge(holder.accountId(), taken, BigDecimal::add);
                    record(holder.accountId(), LiquidationKind.DELEVERAGED, instrument.id(),
                            remaining.signum() > 0 ? taken : taken.negate(), price, bankrupt, null, null, before,
                            String.format(Locale.ROOT, "auto-deleveraged: %s contracts of your position in instrument "
                                    + "%d closed at %s against bankrupt account %d (ranked by unrealised P&L / equity "
                                    + "= %.4f)", taken.toPlainString(), instrument.id(), price.toPlainString(),
                                    bankrupt, holder.score()));
                    record(bankrupt, LiquidationKind.BANKRUPTCY_CLOSE, instrument.id(),
                            remaining.signum() > 0 ? taken : taken.negate(), price, holder.accountId(), null, null,
                            before, "bankrupt: closed against deleveraged account " + holder.accountId());
                    remaining = remaining.subtract(remaining.signum() > 0 ? taken : taken.negate());
                }
            } else if (instrument.shortfallPolicy() == ShortfallPolicy.SOCIALIZED_LOSS) {
                ranked.forEach(h -> sharers.merge(h.accountId(), h.profitUsd(), BigDecimal::add));
            }
            if (remaining.signum() != 0) {
                move(instrument, resolved, bankrupt, backstop.id(), remaining.signum(), remaining.abs(), price,
                        reference);
                record(bankrupt, LiquidationKind.BANKRUPTCY_CLOSE, instrument.id(), remaining, price, backstop.id(),
                        null, null, before, String.format(Locale.ROOT, "bankrupt (equity %.2f USD): position "
                                + "closed to backstop account %d at the mark", before.equityUsd(), backstop.id()));
            }
        }
        seizeWhatIsLeft(bankrupt, fund, reference, before);
        coverDebts(bankrupt, fund, reference, before, policy, lossSharers);
    }

    /** Moves {@code quantity} out of the bankrupt position (long when {@code side} > 0) to {@code to}. */
    private void move(Instrument instrument, ResolvedInstrument resolved, long bankrupt, long to, int side,
                      BigDecimal quantity, BigDecimal price, String reference) {
        if (side > 0) {
            transfers.transfer(instrument, resolved, to, bankrupt, quantity, price, reference, false);
        } else {
            transfers.transfer(instrument, resolved, bankrupt, to, quantity, price, reference, false);
        }
    }

    private void seizeWhatIsLeft(long bankrupt, long fund, String reference, MarginAssessment before) {
        for (BalanceView balance : balances.balances(bankrupt)) {
            if (balance.amount().signum() > 0 && hasDebt(bankrupt)) {
                ledger.post(JournalRequest.transfer(JournalType.COLLATERAL_SEIZURE, reference, bankrupt, fund,
                        balance.asset(), balance.amount()));
                record(bankrupt, LiquidationKind.COLLATERAL_SEIZED, null, null, null, fund, balance.asset(),
                        balance.amount().negate(), before, "bankrupt: remaining " + balance.asset()
                                + " taken by the insurance fund, which pays the account's debts");
            }
        }
    }

    private void coverDebts(long bankrupt, long fund, String reference, MarginAssessment before,
                            ShortfallPolicy policy, Map<String, Map<Long, BigDecimal>> lossSharers) {
        for (BalanceView balance : balances.balances(bankrupt)) {
            if (balance.amount().signum() >= 0) {
                continue;
            }
            BigDecimal debt = balance.amount().negate();
            BigDecimal available = ledger.balance(fund, balance.asset()).max(BigDecimal.ZERO);
            BigDecimal paid = debt.min(available);
            if (paid.signum() > 0) {
                ledger.post(JournalRequest.transfer(JournalType.INSURANCE_PAYOUT, reference, fund, bankrupt,
                        balance.asset(), paid));
                record(bankrupt, LiquidationKind.INSURANCE_PAYMENT, null, null, null, fund, balance.asset(), paid,
                        before, "the insurance fund paid the bankrupt account's debt of " + debt.toPlainString() + " "
                                + balance.asset());
            }
            BigDecimal shortfall = debt.subtract(paid);
            if (shortfall.signum() > 0) {
                shareShortfall(bankrupt, balance.asset(), shortfall, reference, before, policy, lossSharers);
            }
        }
    }

    private void shareShortfall(long bankrupt, String asset, BigDecimal shortfall, String reference,
                                MarginAssessment before, ShortfallPolicy policy,
                                Map<String, Map<Long, BigDecimal>> lossSharers) {
        Map<Long, BigDecimal> weights = lossSharers.getOrDefault(asset, Map.of());
        if (weights.isEmpty()) {
            weights = new TreeMap<>();
            for (Map<Long, BigDecimal> sharers : lossSharers.values()) {
                sharers.forEach(weights::put);
            }
        }
        Asset shortAsset = assets.require(asset, "asset");
        Map<Long, BigDecimal> shares = ProRata.split(shortfall, weights, shortAsset.decimals());
        if (shares.isEmpty()) {
            record(bankrupt, LiquidationKind.UNCOVERED_DEFICIT, null, null, null, null, asset, shortfall.negate(),
                    before, "neither the insurance fund nor any profitable holder could cover " + shortfall
                            .toPlainString() + " " + asset + "; the debt stays on the account");
            return;
        }
        boolean deleveraging = policy == ShortfallPolicy.AUTO_DELEVERAGING;
        List<Posting> postings = new ArrayList<>();
        postings.add(Posting.of(bankrupt, asset, shortfall));
        shares.forEach((account, share) -> {
            em.lock(accounts.find(account).orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
            postings.add(Posting.of(account, asset, share.negate()));
            record(account, deleveraging ? LiquidationKind.DELEVERAGING_LOSS : LiquidationKind.SOCIALIZED_LOSS, null,
                    null, null, bankrupt, asset, share.negate(), before, String.format(Locale.ROOT,
                            "%s: your share of the %s %s bankrupt account %d owed beyond the insurance fund",
                            deleveraging ? "auto-deleveraging" : "socialized loss", shortfall.toPlainString(), asset,
                            bankrupt));
        });
        ledger.post(new JournalRequest(deleveraging ? JournalType.DELEVERAGING_LOSS : JournalType.SOCIALIZED_LOSS,
                reference, postings));
    }

    /**
     * Holders on the other side of the bankrupt position with an unrealised profit, most profitable per unit of
     * equity first (BitMEX's profit % × effective leverage is unrealised P&L / equity for one position).
     */
    private List<Holder> rankedOppositeHolders(Instrument instrument, ResolvedInstrument resolved, int bankruptSide,
                                               BigDecimal price, long bankrupt, long backstop, MarketSnapshot market) {
        List<Position> opposite = em.createQuery("select p from Position p where p.key.instrumentId = :i and "
                        + (bankruptSide > 0 ? "p.quantity < 0" : "p.quantity > 0")
                        + " and p.key.accountId <> :b and p.key.accountId <> :s and p.key.accountId not in ("
                        + "select a.id from Account a where a.marginMethod = :segregated) order by p.key.accountId",
                        Position.class).setParameter("i", instrument.id()).setParameter("b", bankrupt)
                .setParameter("s", backstop)
                .setParameter("segregated", io.clearstone.domain.account.MarginMethod.SEGREGATED).getResultList();
        OptionalDouble toUsd = market.indexPrice(assets.require(instrument.settlementAsset(), "asset").oracleSymbol());
        List<Holder> holders = new ArrayList<>();
        for (Position position : opposite) {
            double profit = resolved.closingPnl(position.quantity(), position.averagePrice(), price).doubleValue()
                    * toUsd.orElse(0);
            if (profit <= 0) {
                continue;
            }
            double equity = calculator.assess(position.key().accountId(), market).equityUsd();
            double score = equity > 0 ? profit / equity : Double.MAX_VALUE;
            holders.add(new Holder(position.key().accountId(), position.quantity(), BigDecimal.valueOf(profit),
                    score));
        }
        holders.sort(Comparator.comparingDouble(Holder::score).reversed().thenComparingLong(Holder::accountId));
        return holders;
    }

    /** What the fund holds of one asset, in USD: it pays a debt only from the same asset. */
    private double fundValueUsd(long fund, String asset, MarketSnapshot market) {
        OptionalDouble price = market.indexPrice(assets.require(asset, "asset").oracleSymbol());
        return ledger.balance(fund, asset).doubleValue() * price.orElse(0);
    }

    private boolean hasDebt(long account) {
        return balances.balances(account).stream().anyMatch(b -> b.amount().signum() < 0);
    }

    private void record(long account, LiquidationKind kind, Long instrument, BigDecimal quantity, BigDecimal price,
                        Long counterparty, String asset, BigDecimal amount, MarginAssessment before, String reason) {
        LiquidationEvent event = new LiquidationEvent(account, kind, instrument, quantity, price, counterparty, asset,
                amount, before.equityUsd(), before.maintenanceUsd(), reason, clock.instant());
        em.persist(event);
        recorded.fire(new LiquidationRecorded(event.view()));
    }

    /** An opposite-side holder that may be deleveraged. */
    private record Holder(long accountId, BigDecimal quantity, BigDecimal profitUsd, double score) {
    }
}
