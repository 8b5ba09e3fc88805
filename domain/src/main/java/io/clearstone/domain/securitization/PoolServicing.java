package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.clearstone.domain.account.AccountRepository;
import io.clearstone.domain.account.SystemAccount;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.ledger.Ledger;
import io.clearstone.domain.ledger.Posting;
import io.clearstone.domain.position.OpenPositions;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.ProRata;

/**
 * The servicer's side of a pool: reports of what its loans paid, defaulted and recovered, with the cash remitted
 * from outside into the collection account; and each period's waterfall, which pays that cash (and the reserve's
 * cover) to the note holders and closes the period. Both lock the pool's row first, so they never interleave.
 */
@Stateless
public class PoolServicing {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final PoolQueries.Collected NOTHING = new PoolQueries.Collected(BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO, BigDecimal.ZERO);

    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @EJB
    Ledger ledger;
    @EJB
    PoolQueries queries;
    @Inject
    AccountRepository accounts;
    @Inject
    AssetRepository assets;
    @Inject
    OpenPositions openPositions;
    @Inject
    java.time.Clock clock;

    public CollectionReceipt report(Caller caller, long poolId, @NotNull @Valid ServicerReport report,
                                    String reference) {
        SecuritizationPool pool = lock(poolId);
        if (!caller.name().equals(pool.servicer())) {
            throw new ForbiddenOperationException("pool " + pool.name() + " is serviced by " + pool.servicer()
                    + "; only its servicer reports for it");
        }
        Asset settlement = assets.require(pool.settlementAsset(), "asset");
        Map<String, PoolAsset> holdings = new TreeMap<>();
        queries.assetsOf(poolId).forEach(a -> holdings.put(a.name(), a));
        Set<String> seen = new HashSet<>();
        Map<Long, PoolQueries.Collected> reportedBefore = queries.collectedByAsset(poolId, pool.period());
        List<Booking> bookings = new ArrayList<>();
        BigDecimal interest = BigDecimal.ZERO;
        BigDecimal principal = BigDecimal.ZERO;
        BigDecimal defaulted = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        for (int i = 0; i < report.lines().size(); i++) {
            ServicerReport.Line line = report.lines().get(i);
            String field = "lines[" + i + "]";
            PoolAsset loan = holdings.get(line.asset());
            if (loan == null || loan.kind() != PoolAsset.Kind.LOAN || !seen.add(line.asset())) {
                throw new InvalidRequestException("pool/unknown-loan", "Unknown loan", field + ".asset",
                        "pool " + pool.name() + " has no loan " + line.asset() + " (or it appears twice)");
            }
            BigDecimal lineInterest = settlement.toLedgerScale(line.interest(), field + ".interest");
            BigDecimal linePrincipal = settlement.toLedgerScale(line.principal(), field + ".principal");
            BigDecimal lineDefaulted = settlement.toLedgerScale(line.defaulted(), field + ".defaulted");
            BigDecimal lineRecovered = settlement.toLedgerScale(line.recovered(), field + ".recovered");
            ServicerLineBounds.check(field, loan, reportedBefore.getOrDefault(loan.id(), NOTHING),
                    new ServicerReport.Line(line.asset(), lineInterest, linePrincipal, lineDefaulted, lineRecovered),
                    pool.periodsPerYear(), settlement.decimals());
            interest = interest.add(lineInterest);
            principal = principal.add(linePrincipal);
            defaulted = defaulted.add(lineDefaulted);
            recovered = recovered.add(lineRecovered);
            bookings.add(new Booking(loan, lineInterest, linePrincipal, lineDefaulted, lineRecovered));
        }
        BigDecimal cash = interest.add(principal).add(recovered);
        Long journal = cash.signum() == 0 ? null : ledger.post(JournalRequest.transfer(
                JournalType.SERVICER_COLLECTION, reference, accounts.system(SystemAccount.EXTERNAL_CUSTODY)
                        .orElseThrow().id(), pool.accounts().collection(), settlement.symbol(), cash)).id();
        Instant now = clock.instant();
        for (Booking booking : bookings) {
            booking.loan().collect(booking.principal(), booking.defaulted(), booking.recovered());
            em.persist(new PoolCollection(poolId, pool.period(), booking.loan().id(), booking.interest(),
                    booking.principal(), booking.defaulted(), booking.recovered(), journal, caller.name(), now));
        }
        return new CollectionReceipt(poolId, pool.period(), report.lines().size(), interest, principal, defaulted,
                recovered, journal);
    }

    /** A validated report line, booked once every line has passed. */
    private record Booking(PoolAsset loan, BigDecimal interest, BigDecimal principal, BigDecimal defaulted,
                           BigDecimal recovered) {
    }

    public WaterfallView runWaterfall(Caller caller, long poolId, String reference) {
        SecuritizationPool pool = lock(poolId);
        if (!caller.isAdmin() && !caller.name().equals(pool.servicer())) {
            throw new ForbiddenOperationException("only pool " + pool.name() + "'s servicer or an administrator "
                    + "runs its waterfall");
        }
        Asset settlement = assets.require(pool.settlementAsset(), "asset");
        PoolQueries.Collected collected = queries.collectedIn(poolId, pool.period());
        List<PoolTranche> tranches = queries.tranchesOf(poolId);
        BigDecimal reserve = ledger.balance(pool.accounts().reserve(), settlement.symbol());
        Waterfall.Result result = Waterfall.run(tranches.stream().map(PoolTranche::state).toList(),
                collected.forWaterfall(), reserve, pool.reserveTarget(), pool.principalMode(),
                pool.periodsPerYear(), settlement.decimals());

        Map<Long, BigDecimal> toHolders = new TreeMap<>();
        List<WaterfallView.Payment> payments = new ArrayList<>();
        List<WaterfallView.Tranche> lines = new ArrayList<>();
        BigDecimal paidOut = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            PoolTranche tranche = tranches.get(i);
            Waterfall.Line line = result.lines().get(i);
            Map<Long, BigDecimal> notes = holders(tranche.instrumentId());
            for (Map.Entry<Long, BigDecimal> share : ProRata.split(line.cash(), notes, settlement.decimals())
                    .entrySet()) {
                toHolders.merge(share.getKey(), share.getValue(), BigDecimal::add);
                payments.add(new WaterfallView.Payment(tranche.name(), share.getKey(), notes.get(share.getKey()),
                        share.getValue()));
            }
            paidOut = paidOut.add(line.cash());
            tranche.apply(line);
            lines.add(new WaterfallView.Tranche(tranche.name(), line.interestDue(), line.interestPaid(),
                    line.writtenDown(), line.principalPaid(), line.residual(), line.balanceAfter()));
        }
        BigDecimal toHoldersTotal = toHolders.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (toHoldersTotal.compareTo(paidOut) != 0) {
            throw new IllegalStateException("pool " + pool.name() + ": holders would get " + toHoldersTotal
                    + " of " + paidOut + " (a tranche with cash and no holder)");
        }
        Long journal = book(pool, settlement, toHolders, paidOut, result, reference);
        Instant now = clock.instant();
        WaterfallView view = new WaterfallView(poolId, pool.period(), now, journal, collected.interest(),
                collected.principal(), collected.defaulted(), collected.recovered(), result.reserveUsed(),
                result.reserveToppedUp(), lines, payments);
        em.persist(new PoolWaterfall(poolId, pool.period(), journal, now, JSON.toJson(view)));
        pool.closePeriod();
        return view;
    }

    public List<WaterfallView> waterfalls(long poolId) {
        queries.require(poolId);
        return em.createQuery("select w from PoolWaterfall w where w.poolId = :p order by w.period",
                        PoolWaterfall.class).setParameter("p", poolId).getResultStream()
                .map(w -> JSON.fromJson(w.resultJson(), WaterfallView.class)).toList();
    }

    /**
     * One journal: holders are paid from the collection account, which the reserve's cover tops up and from which
     * the reserve's refill comes; what was collected leaves the collection account exactly.
     */
    private Long book(SecuritizationPool pool, Asset settlement, Map<Long, BigDecimal> toHolders, BigDecimal paidOut,
                      Waterfall.Result result, String reference) {
        List<Posting> postings = new ArrayList<>();
        toHolders.forEach((account, amount) -> postings.add(Posting.of(account, settlement.symbol(), amount)));
        BigDecimal reserveChange = result.reserveToppedUp().subtract(result.reserveUsed());
        if (reserveChange.signum() != 0) {
            postings.add(Posting.of(pool.accounts().reserve(), settlement.symbol(), reserveChange));
        }
        BigDecimal fromCollections = paidOut.add(reserveChange);
        if (fromCollections.signum() != 0) {
            postings.add(Posting.of(pool.accounts().collection(), settlement.symbol(), fromCollections.negate()));
        }
        return postings.isEmpty() ? null
                : ledger.post(new JournalRequest(JournalType.WATERFALL, reference, postings)).id();
    }

    /** Who holds the tranche's notes, and how many. */
    private Map<Long, BigDecimal> holders(long instrumentId) {
        Map<Long, BigDecimal> holders = new TreeMap<>();
        openPositions.longIn(instrumentId).forEach(p -> holders.put(p.key().accountId(), p.quantity()));
        return holders;
    }

    private SecuritizationPool lock(long poolId) {
        SecuritizationPool pool = queries.require(poolId);
        em.lock(pool, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(pool);
        return pool;
    }
}
