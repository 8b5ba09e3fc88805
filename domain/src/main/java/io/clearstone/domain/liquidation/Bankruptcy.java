package io.clearstone.domain.liquidation;

import io.clearstone.domain.instrument.ShortfallPolicy;
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
        List<ShortfallAllocation.Exposure> exposures = new ArrayList<>();
        for (MarginAssessment.PositionRisk risk : before.positions()) {
            Instrument instrument = instruments.require(risk.instrumentId());
            ResolvedInstrument resolved = instruments.resolve(instrument);
            MarketSnapshot instrumentMarket = instrumentMarkets.of(instrument, market);
            BigDecimal price = LiquidationStep.markPrice(resolved, instrumentMarket);
            Position position = em.find(Position.class, new io.clearstone.domain.position.PositionKey(bankrupt,
                    instrument.id()));
            BigDecimal remaining = position.quantity();
            int side = remaining.signum();
            BigDecimal lossUsd = BigDecimal.valueOf(Math.max(0, -resolved.closingPnl(remaining,
                    position.averagePrice(), price).doubleValue() * usdPrice(instrument.settlementAsset(), market)));
            List<Holder> ranked = rankedOppositeHolders(instrument, resolved, side, price, bankrupt, backstop.id(),
                    market);
            Map<Long, BigDecimal> bearers = new TreeMap<>();
            boolean fundCovers = fundValueUsd(fund, instrument.settlementAsset(), market) >= -before.equityUsd();
            if (ShortfallAllocation.deleverages(instrument.shortfallPolicy(), fundCovers)) {
                Map<Long, Holder> byAccount = new HashMap<>();
                ranked.forEach(h -> byAccount.put(h.accountId(), h));
                for (ShortfallAllocation.Take take : ShortfallAllocation.deleverage(remaining, ranked.stream()
                        .map(h -> new ShortfallAllocation.Holder(h.accountId(), h.quantity())).toList())) {
                    long holder = take.accountId();
                    BigDecimal taken = take.contracts();
                    BigDecimal signed = side > 0 ? taken : taken.negate();
                    em.lock(accounts.find(holder).orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
                    move(instrument, resolved, bankrupt, holder, side, taken, price, reference);
                    bearers.merge(holder, taken, BigDecimal::add);
                    record(before, LiquidationOutcome.of(holder, LiquidationKind.DELEVERAGED, String.format(
                                    Locale.ROOT, "auto-deleveraged: %s contracts of your position in instrument %d "
                                            + "closed at %s against bankrupt account %d (ranked by unrealised P&L / "
                                            + "equity = %.4f)", taken.toPlainString(), instrument.id(),
                                    price.toPlainString(), bankrupt, byAccount.get(holder).score()))
                            .moved(instrument.id(), signed, price).against(bankrupt));
                    record(before, LiquidationOutcome.of(bankrupt, LiquidationKind.BANKRUPTCY_CLOSE,
                                    "bankrupt: closed against deleveraged account " + holder)
                            .moved(instrument.id(), signed, price).against(holder));
                    remaining = remaining.subtract(signed);
                }
            } else if (instrument.shortfallPolicy() == ShortfallPolicy.SOCIALIZED_LOSS) {
                ranked.forEach(h -> bearers.merge(h.accountId(), h.profitUsd(), BigDecimal::add));
            }
            exposures.add(new ShortfallAllocation.Exposure(instrument.id(), instrument.settlementAsset(),
                    instrument.shortfallPolicy(), lossUsd, bearers));
            if (remaining.signum() != 0) {
                move(instrument, resolved, bankrupt, backstop.id(), remaining.signum(), remaining.abs(), price,
                        reference);
                record(before, LiquidationOutcome.of(bankrupt, LiquidationKind.BANKRUPTCY_CLOSE, String.format(
                                Locale.ROOT, "bankrupt (equity %.2f USD): position closed to backstop account %d at "
                                        + "the mark", before.equityUsd(), backstop.id()))
                        .moved(instrument.id(), remaining, price).against(backstop.id()));
            }
        }
        seizeWhatIsLeft(bankrupt, fund, reference, before);
        coverDebts(bankrupt, fund, reference, before, exposures);
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
                record(before, LiquidationOutcome.of(bankrupt, LiquidationKind.COLLATERAL_SEIZED, "bankrupt: "
                                + "remaining " + balance.asset() + " taken by the insurance fund, which pays the "
                                + "account's debts")
                        .against(fund).cash(balance.asset(), balance.amount().negate()));
            }
        }
    }

    /** Pays each debt as {@link ShortfallAllocation} decides: the fund first, then each instrument's bearers. */
    private void coverDebts(long bankrupt, long fund, String reference, MarginAssessment before,
                            List<ShortfallAllocation.Exposure> exposures) {
        Map<String, BigDecimal> debts = new TreeMap<>();
        Map<String, BigDecimal> fundBalances = new HashMap<>();
        Map<String, Integer> decimals = new HashMap<>();
        for (BalanceView balance : balances.balances(bankrupt)) {
            if (balance.amount().signum() < 0) {
                debts.put(balance.asset(), balance.amount().negate());
                fundBalances.put(balance.asset(), ledger.balance(fund, balance.asset()));
                decimals.put(balance.asset(), assets.require(balance.asset(), "asset").decimals());
            }
        }
        for (ShortfallAllocation.Settlement settlement : ShortfallAllocation.allocate(debts, fundBalances, exposures,
                decimals)) {
            String asset = settlement.asset();
            if (settlement.fundDraw().signum() > 0) {
                ledger.post(JournalRequest.transfer(JournalType.INSURANCE_PAYOUT, reference, fund, bankrupt, asset,
                        settlement.fundDraw()));
                record(before, LiquidationOutcome.of(bankrupt, LiquidationKind.INSURANCE_PAYMENT, "the insurance fund "
                                + "paid the bankrupt account's debt of " + settlement.debt().toPlainString() + " "
                                + asset)
                        .against(fund).cash(asset, settlement.fundDraw()));
            }
            for (ShortfallAllocation.Charge charge : settlement.charges()) {
                shareShortfall(bankrupt, asset, settlement.shortfall(), charge, reference, before);
            }
            if (settlement.uncovered().signum() > 0) {
                record(before, LiquidationOutcome.of(bankrupt, LiquidationKind.UNCOVERED_DEFICIT, "neither the "
                                + "insurance fund nor any profitable holder could cover " + settlement.uncovered()
                                .toPlainString() + " " + asset + "; the debt stays on the account")
                        .cash(asset, settlement.uncovered().negate()));
            }
        }
    }

    /** One instrument's part of a shortfall, posted as its own policy's loss: the bearers pay the bankrupt account. */
    private void shareShortfall(long bankrupt, String asset, BigDecimal shortfall, ShortfallAllocation.Charge charge,
                                String reference, MarginAssessment before) {
        boolean deleveraging = charge.policy() == ShortfallPolicy.AUTO_DELEVERAGING;
        List<Posting> postings = new ArrayList<>();
        postings.add(Posting.of(bankrupt, asset, charge.total()));
        charge.shares().forEach((account, share) -> {
            em.lock(accounts.find(account).orElseThrow(), LockModeType.PESSIMISTIC_WRITE);
            postings.add(Posting.of(account, asset, share.negate()));
            record(before, LiquidationOutcome.of(account, deleveraging ? LiquidationKind.DELEVERAGING_LOSS
                            : LiquidationKind.SOCIALIZED_LOSS, String.format(Locale.ROOT, "%s in instrument %d: your "
                                    + "share of the %s %s bankrupt account %d owed beyond the insurance fund",
                            deleveraging ? "auto-deleveraging" : "socialized loss", charge.instrumentId(),
                            shortfall.toPlainString(), asset, bankrupt))
                    .against(bankrupt).cash(asset, share.negate()));
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
        return ledger.balance(fund, asset).doubleValue() * usdPrice(asset, market);
    }

    /** One unit of an asset in USD; zero without an index, as the fund's value counts it. */
    private double usdPrice(String asset, MarketSnapshot market) {
        return market.indexPrice(assets.require(asset, "asset").oracleSymbol()).orElse(0);
    }

    private boolean hasDebt(long account) {
        return balances.balances(account).stream().anyMatch(b -> b.amount().signum() < 0);
    }

    private void record(MarginAssessment before, LiquidationOutcome outcome) {
        LiquidationEvent event = new LiquidationEvent(outcome, before.equityUsd(), before.maintenanceUsd(),
                clock.instant());
        em.persist(event);
        recorded.fire(new LiquidationRecorded(event.view()));
    }

    /** An opposite-side holder that may be deleveraged. */
    private record Holder(long accountId, BigDecimal quantity, BigDecimal profitUsd, double score) {
    }
}
