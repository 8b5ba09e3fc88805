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
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.clearstone.domain.account.Account;
import io.clearstone.domain.account.AccountAccess;
import io.clearstone.domain.account.AccountRepository;
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
import io.clearstone.domain.shared.ForbiddenOperationException;
import io.clearstone.domain.shared.InvalidRequestException;
import io.clearstone.domain.shared.NotFoundException;
import io.clearstone.domain.valuation.MarketSnapshots;

/**
 * Creates a pool with its sponsor's consent: an administrator proposes it, the sponsor account's owner approves it,
 * and the approval, in one transaction, opens its segregated accounts, moves the sponsor's tokens and reserve cash into
 * them (refused if the sponsor lacks them or would fall below initial margin), records the loans, sizes the tranches
 * from the pool's par, lists each tranche's notes as an instrument of the {@code note.tranche} plugin and issues all
 * of them to the sponsor.
 */
@Stateless
public class PoolIssuance {

    static final String NOTE_TYPE = "note.tranche";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    AccountAccess access;
    @Inject
    AccountRepository accountRepository;
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

    /**
     * Proposes a pool: checks now what can be checked and records the request. Nothing is opened, moved or issued
     * until the owner of the sponsor account {@link #approve}s it — an administrator may not pledge a trader's assets
     * on its own.
     */
    public PoolProposalView propose(Caller caller, @NotNull @Valid CreatePoolRequest request) {
        if (!caller.isAdmin()) {
            throw new ForbiddenOperationException("only an administrator proposes a pool: its notes count as "
                    + "collateral");
        }
        plan(request, access.movable(caller, request.sponsorAccountId()));
        PoolProposal proposal = new PoolProposal(request.name(), request.sponsorAccountId(), JSON.toJson(request),
                caller.name(), clock.instant());
        em.persist(proposal);
        em.flush();
        return proposal.view();
    }

    /**
     * The sponsor account's owner consents: the proposed pool is created in this transaction, pledging the owner's
     * assets as proposed, or refused with nothing written. Approving an approved proposal again returns its pool.
     * Anyone who may not read the sponsor account is told the proposal does not exist; an administrator or risk
     * officer who is not its owner is refused.
     */
    public PoolView approve(Caller caller, long proposalId, String reference) {
        PoolProposal proposal = em.find(PoolProposal.class, proposalId, LockModeType.PESSIMISTIC_WRITE);
        if (proposal == null || !mayRead(caller, proposal)) {
            throw new NotFoundException("pool", "pool proposal", proposalId);
        }
        if (!ownsSponsor(caller, proposal)) {
            throw new ForbiddenOperationException("only the owner of sponsor account " + proposal.sponsorAccountId()
                    + " approves a pool that pledges its assets");
        }
        if (proposal.status() == PoolProposal.Status.APPROVED) {
            return queries.view(proposal.poolId());
        }
        PoolView pool = issue(JSON.fromJson(proposal.requestJson(), CreatePoolRequest.class),
                access.movable(caller, proposal.sponsorAccountId()), reference);
        proposal.approved(pool.id(), caller.name(), clock.instant());
        return pool;
    }

    public PoolProposalView proposal(Caller caller, long proposalId) {
        PoolProposal proposal = em.find(PoolProposal.class, proposalId);
        if (proposal == null || !mayRead(caller, proposal)) {
            throw new NotFoundException("pool", "pool proposal", proposalId);
        }
        return proposal.view();
    }

    /** The proposals the caller may see: all for risk officers and administrators, a trader's own sponsorships. */
    public List<PoolProposalView> proposals(Caller caller) {
        return (caller.readsEveryAccount()
                ? em.createQuery("select p from PoolProposal p order by p.id", PoolProposal.class)
                : em.createQuery("select p from PoolProposal p, Account a where a.id = p.sponsorAccountId "
                        + "and a.owner = :o order by p.id", PoolProposal.class).setParameter("o", caller.name()))
                .getResultStream().map(PoolProposal::view).toList();
    }

    private boolean mayRead(Caller caller, PoolProposal proposal) {
        return caller.readsEveryAccount() || ownsSponsor(caller, proposal);
    }

    private boolean ownsSponsor(Caller caller, PoolProposal proposal) {
        return accountRepository.find(proposal.sponsorAccountId())
                .filter(a -> !a.isSystem() && a.owner().equals(caller.name())).isPresent();
    }

    /** What a pool needs of its request and sponsor, checked at proposal and again at approval. */
    private record Plan(Asset settlement, List<CreatePoolRequest.TrancheSpec> tranches) {
    }

    private Plan plan(CreatePoolRequest request, Account sponsor) {
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
        return new Plan(settlement, tranches);
    }

    private PoolView issue(CreatePoolRequest request, Account sponsor, String reference) {
        Plan plan = plan(request, sponsor);
        Asset settlement = plan.settlement();
        List<CreatePoolRequest.TrancheSpec> tranches = plan.tranches();
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
