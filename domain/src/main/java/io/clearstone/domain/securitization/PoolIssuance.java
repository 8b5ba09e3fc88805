package io.clearstone.domain.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.asset.Asset;
import io.clearstone.domain.asset.AssetKind;
import io.clearstone.domain.asset.AssetRepository;
import io.clearstone.domain.instrument.CreateInstrumentRequest;
import io.clearstone.domain.instrument.InstrumentService;
import io.clearstone.domain.ledger.JournalRequest;
import io.clearstone.domain.ledger.JournalType;
import io.clearstone.domain.position.PositionTransfer;
import io.clearstone.domain.shared.Caller;
import io.clearstone.domain.shared.ConflictException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.valuation.MarketSnapshots;

/**
 * Creates a pool in one transaction: opens its segregated accounts, moves the sponsor's tokens and reserve cash into
 * them (refused if the sponsor lacks them or would fall below initial margin), records the loans, sizes the tranches
 * from the pool's par, lists each tranche's notes as an instrument of the {@code note.tranche} plugin and issues all
 * of them to the sponsor.
 */
@Stateless
public class PoolIssuance {

    static final String NOTE_TYPE = "note.tranche";

    @Inject
    AccountAccess access;
    @Inject
    AssetRepository assets;
    @EJB
    InstrumentService instruments;
    @Inject
    PositionTransfer positions;
    @Inject
    MarketSnapshots markets;
    @EJB
    io.clearstone.domain.funds.FundsService funds;
    @EJB
    PoolQueries queries;
    @PersistenceContext(unitName = "clearstone")
    EntityManager em;
    @Inject
    java.time.Clock clock;

    public PoolView create(Caller caller, @NotNull @Valid CreatePoolRequest request, String reference) {
        if (!caller.isAdmin()) {
            throw new io.clearstone.domain.shared.ForbiddenOperationException(
                    "only an administrator creates a pool: its notes count as collateral");
        }
        Account sponsor = access.movable(caller, request.sponsorAccountId());
        if (!sponsor.isActive()) {
            throw new ConflictException("account/not-active", "Account not active", "sponsorAccountId",
                    "account " + sponsor.id() + " is " + sponsor.status());
        }
        Asset settlement = assets.require(request.settlementAsset(), "settlementAsset");
        if (settlement.kind() != AssetKind.STABLECOIN) {
            // pledged tokens are booked at their USD value, which is a settlement amount only in a USD stablecoin
            throw new InvalidRequestException("pool/settlement-not-stable", "Settlement asset not a stablecoin",
                    "settlementAsset", settlement.symbol() + " is not a stablecoin");
        }
        List<CreatePoolRequest.TrancheSpec> tranches = seniorFirst(request.tranches());
        requireDistinctHoldings(request);
        if (!em.createQuery("select p.id from SecuritizationPool p where p.name = :n", Long.class)
                .setParameter("n", request.name()).getResultList().isEmpty()) {
            throw new ConflictException("pool/name-taken", "Pool name taken", "name",
                    "a pool named " + request.name() + " exists");
        }
        Instant now = clock.instant();
        SecuritizationPool.Accounts accounts = new SecuritizationPool.Accounts(open(request, now), open(request, now),
                open(request, now), open(request, now));
        SecuritizationPool pool = new SecuritizationPool(request.name(), sponsor.id(), request.servicer(), accounts,
                settlement.symbol(),
                request.underlying(), request.correlation(),
                request.principalMode() == null ? PrincipalMode.SEQUENTIAL : request.principalMode(),
                request.periodsPerYear(), settlement.toLedgerScale(request.reserve(), "reserve"), now);
        em.persist(pool);

        BigDecimal par = BigDecimal.ZERO;
        List<CreatePoolRequest.Loan> loans = request.loans() == null ? List.of() : request.loans();
        for (int i = 0; i < loans.size(); i++) {
            CreatePoolRequest.Loan loan = loans.get(i);
            BigDecimal loanPar = settlement.toLedgerScale(loan.par(), "loans[" + i + "].par");
            em.persist(PoolAsset.loan(pool.id(), loan.name(), loanPar, loan.coupon(), loan.maturity(),
                    loan.defaultProbability(), loan.recoveryRate()));
            par = par.add(loanPar);
        }
        List<CreatePoolRequest.Collateral> collateral = request.collateral() == null ? List.of()
                : request.collateral();
        for (int i = 0; i < collateral.size(); i++) {
            par = par.add(pledge(pool, sponsor, settlement, collateral.get(i), "collateral[" + i + "]", reference));
        }
        if (par.signum() <= 0) {
            throw new InvalidRequestException("pool/empty", "Empty pool", "loans",
                    "a pool needs loans or collateral with a positive par");
        }
        if (pool.reserveTarget().signum() > 0) {
            move(sponsor, settlement, pool.reserveTarget(), accounts.reserve(), "reserve", reference);
        }
        issueTranches(pool, sponsor, settlement, tranches, par);
        em.flush();
        return queries.view(pool);
    }

    /** Holdings are named: loans by their names, tokens by their symbols; no two alike, and the underlying priced. */
    private void requireDistinctHoldings(CreatePoolRequest request) {
        java.util.Set<String> names = new java.util.HashSet<>();
        List<CreatePoolRequest.Collateral> collateral = request.collateral() == null ? List.of()
                : request.collateral();
        for (int i = 0; i < collateral.size(); i++) {
            if (!names.add(collateral.get(i).asset())) {
                throw new InvalidRequestException("pool/duplicate-holding", "Holding listed twice",
                        "collateral[" + i + "].asset", collateral.get(i).asset() + " is listed twice");
            }
        }
        List<CreatePoolRequest.Loan> loans = request.loans() == null ? List.of() : request.loans();
        for (int i = 0; i < loans.size(); i++) {
            if (!names.add(loans.get(i).name())) {
                throw new InvalidRequestException("pool/duplicate-holding", "Holding listed twice",
                        "loans[" + i + "].name", "another loan or a pledged token is named " + loans.get(i).name());
            }
        }
        if (!collateral.isEmpty() && collateral.stream().map(c -> assets.find(c.asset())).flatMap(Optional::stream)
                .noneMatch(a -> a.oracleSymbol().equals(request.underlying()))) {
            throw new InvalidRequestException("pool/underlying-not-collateral", "Underlying is not the collateral's",
                    "underlying", "the underlying must be the index of one of the pledged tokens");
        }
    }

    private long open(CreatePoolRequest request, Instant now) {
        Account account = Account.segregated("pool:" + request.name(), now);
        em.persist(account);
        return account.id();
    }

    /** Moves tokens into the collateral account; returns their par: value at today's index, in settlement units. */
    private BigDecimal pledge(SecuritizationPool pool, Account sponsor, Asset settlement,
                              CreatePoolRequest.Collateral collateral, String field, String reference) {
        Asset token = assets.require(collateral.asset(), field + ".asset");
        BigDecimal units = token.toLedgerScale(collateral.units(), field + ".units");
        OptionalDouble price = markets.current().indexPrice(token.oracleSymbol());
        if (price.isEmpty()) {
            throw new InvalidRequestException("pool/unpriced-collateral", "Collateral without a price",
                    field + ".asset", "no usable index " + token.oracleSymbol() + " to value " + token.symbol());
        }
        BigDecimal par = units.multiply(BigDecimal.valueOf(price.getAsDouble()))
                .setScale(settlement.decimals(), RoundingMode.HALF_EVEN);
        move(sponsor, token, units, pool.accounts().collateral(), field + ".units", reference);
        em.persist(PoolAsset.collateral(pool.id(), token.symbol(), par, token.symbol(), units));
        return par;
    }

    /** A transfer out of the sponsor, checked like a withdrawal: the balance and every withdrawal guard. */
    private void move(Account sponsor, Asset asset, BigDecimal amount, long to, String field, String reference) {
        funds.moveOut(sponsor, asset, amount, JournalRequest.transfer(JournalType.SECURITIZATION, reference,
                sponsor.id(), to, asset.symbol(), amount), field);
    }

    /** The most senior takes what rounding leaves, so the balances sum to the par exactly. */
    private void issueTranches(SecuritizationPool pool, Account sponsor, Asset settlement,
                               List<CreatePoolRequest.TrancheSpec> tranches, BigDecimal par) {
        List<BigDecimal> balances = new ArrayList<>();
        BigDecimal juniors = BigDecimal.ZERO;
        for (int rank = tranches.size() - 1; rank >= 1; rank--) {
            CreatePoolRequest.TrancheSpec spec = tranches.get(rank);
            BigDecimal balance = par.multiply(spec.detachment().subtract(spec.attachment()))
                    .setScale(settlement.decimals(), RoundingMode.HALF_EVEN);
            balances.add(0, balance);
            juniors = juniors.add(balance);
        }
        balances.add(0, par.subtract(juniors));
        if (balances.stream().anyMatch(b -> b.signum() <= 0)) {
            throw new InvalidRequestException("pool/empty-tranche", "Tranche without a balance", "tranches",
                    "a tranche this thin of a pool of " + par.toPlainString() + " rounds to nothing");
        }
        for (int rank = 0; rank < tranches.size(); rank++) {
            CreatePoolRequest.TrancheSpec spec = tranches.get(rank);
            String seniority = rank == 0 ? "SENIOR" : spec.attachment().signum() == 0 ? "EQUITY" : "MEZZANINE";
            long instrumentId = instruments.create(new CreateInstrumentRequest(NOTE_TYPE, Json.createObjectBuilder()
                    .add("pool", String.valueOf(pool.id())).add("tranche", spec.name()).add("seniority", seniority)
                    .add("attachment", spec.attachment()).add("detachment", spec.detachment())
                    .add("coupon", spec.coupon()).add("underlying", pool.underlying())
                    .add("settlementAsset", pool.settlementAsset()).build())).id();
            em.persist(new PoolTranche(pool.id(), spec.name(), rank, seniority, spec.attachment(),
                    spec.detachment(), spec.coupon(), balances.get(rank), instrumentId));
            positions.issue(instrumentId, sponsor.id(), pool.accounts().issuance(), balances.get(rank),
                    BigDecimal.ONE);
        }
    }

    /** Sorted most senior first; refused unless they tile [0, 1] and their names differ. */
    private static List<CreatePoolRequest.TrancheSpec> seniorFirst(List<CreatePoolRequest.TrancheSpec> tranches) {
        List<CreatePoolRequest.TrancheSpec> sorted = new ArrayList<>(tranches);
        sorted.sort(Comparator.comparing(CreatePoolRequest.TrancheSpec::attachment));
        BigDecimal expected = BigDecimal.ZERO;
        for (CreatePoolRequest.TrancheSpec tranche : sorted) {
            if (tranche.attachment().compareTo(expected) != 0 || tranche.detachment().compareTo(expected) <= 0) {
                throw new InvalidRequestException("pool/tranches-do-not-tile", "Tranches must tile the pool",
                        "tranches", "tranches must cover [0, 1] from the bottom up without gap or overlap; "
                        + "expected one attaching at " + expected.toPlainString() + " and detaching above it");
            }
            expected = tranche.detachment();
        }
        if (expected.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidRequestException("pool/tranches-do-not-tile", "Tranches must tile the pool", "tranches",
                    "the most senior tranche must detach at 1");
        }
        if (sorted.stream().map(CreatePoolRequest.TrancheSpec::name).distinct().count() != sorted.size()) {
            throw new InvalidRequestException("pool/duplicate-tranche", "Duplicate tranche name", "tranches",
                    "each tranche needs its own name");
        }
        java.util.Collections.reverse(sorted);
        return sorted;
    }
}
